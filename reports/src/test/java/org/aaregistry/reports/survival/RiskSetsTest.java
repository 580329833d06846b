package org.aaregistry.reports.survival;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class RiskSetsTest {
    @Test
    void tabulationOfManyPatientsMatchesCountingThemOneByOne() {
        Random random = new Random(7);
        int n = 30_000;
        double[] time = new double[n];
        int[] kind = new int[n];
        int[] group = new int[n];
        for (int i = 0; i < n; i++) {
            time[i] = random.nextInt(400) / 10.0; // ties of every kind of exit
            kind[i] = random.nextInt(3);
            group[i] = random.nextInt(2);
        }

        RiskSets[] sets = RiskSets.tabulate(time, kind, 3, group, 2);

        for (int g = 0; g < 2; g++) {
            int gg = g;
            double[] distinct = IntStream.range(0, n)
                    .filter(i -> group[i] == gg)
                    .mapToDouble(i -> time[i])
                    .distinct()
                    .sorted()
                    .toArray();
            assertThat(sets[g].size()).isEqualTo(distinct.length);
            for (int j = 0; j < distinct.length; j++) {
                double t = distinct[j];
                assertThat(sets[g].time(j)).isEqualTo(t);
                int atRisk = 0;
                int[] exits = new int[3];
                for (int i = 0; i < n; i++) {
                    if (group[i] == g && time[i] >= t) {
                        atRisk++;
                        if (time[i] == t) {
                            exits[kind[i]]++;
                        }
                    }
                }
                assertThat(sets[g].atRisk(j)).isEqualTo(atRisk);
                for (int k = 0; k < 3; k++) {
                    assertThat(sets[g].exits(k, j)).isEqualTo(exits[k]);
                }
            }
        }
    }

    @Test
    void combiningStrataGivesTheTableOfTheirUnion() {
        double[] time = {3, 1, 2, 2, 5, 1, 4};
        int[] kind = {1, 0, 1, 2, 0, 1, 1};
        int[] stratum = {0, 0, 0, 1, 1, 1, 1};

        RiskSets[] strata = RiskSets.tabulate(time, kind, 3, stratum, 2);
        RiskSets whole = RiskSets.tabulate(time, kind, 3, new int[time.length], 1)[0];
        RiskSets combined = RiskSets.combine(strata);

        assertThat(combined.patients()).isEqualTo(7);
        assertThat(combined.size()).isEqualTo(whole.size());
        for (int j = 0; j < whole.size(); j++) {
            assertThat(combined.time(j)).isEqualTo(whole.time(j));
            assertThat(combined.atRisk(j)).isEqualTo(whole.atRisk(j));
            for (int k = 0; k < 3; k++) {
                assertThat(combined.exits(k, j)).isEqualTo(whole.exits(k, j));
            }
        }
    }

    @Test
    void pooledTimesAreTheSortedUnionWithoutRepeats() {
        RiskSets[] groups = RiskSets.tabulate(
                new double[] {4, 1, 2, 2, 9}, new int[] {1, 1, 0, 1, 0}, 2, new int[] {0, 0, 1, 1, 1}, 2);

        assertThat(RiskSets.pooledTimes(groups)).containsExactly(1, 2, 4, 9);
    }
}
