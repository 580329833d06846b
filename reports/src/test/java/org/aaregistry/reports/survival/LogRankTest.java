package org.aaregistry.reports.survival;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;

class LogRankTest {
    private static final double EXACT = 1e-12;

    /** A: events at 1 and 2. B: an event at 3, censored at 4. */
    private static SurvivalData twoSmallArms() {
        return SurvivalData.of(
                new double[] {1, 2, 3, 4},
                new boolean[] {true, true, true, false},
                new int[] {0, 0, 1, 1},
                List.of("A", "B"));
    }

    @Test
    void logRankOfTwoSmallArmsMatchesHandComputation() {
        LogRankResult test = LogRank.test(twoSmallArms());

        // t=1: 4 at risk, 2 in A → E_A = 1/2, V = 1·2·3/(4·3)·(1 − 2/4) = 1/4
        // t=2: 3 at risk, 1 in A → E_A = 1/3, V = 1·1·2/(3·2)·(1 − 1/3) = 2/9; t=3: none of A at risk
        LogRankGroup a = test.groups().get(0);
        assertThat(a.observed()).isEqualTo(2.0);
        assertThat(a.expected()).isCloseTo(1.0 / 2 + 1.0 / 3, within(EXACT));
        assertThat(test.variance(0, 0)).isCloseTo(1.0 / 4 + 2.0 / 9, within(EXACT));
        assertThat(test.variance(0, 1)).isCloseTo(-(1.0 / 4 + 2.0 / 9), within(EXACT));
        assertThat(test.chiSquare().getAsDouble()).isCloseTo(49.0 / 17, within(EXACT)); // (7/6)² / (17/36)
        assertThat(test.degreesOfFreedom()).isEqualTo(1);
        assertThat(test.pValue().getAsDouble()).isCloseTo(0.0896, within(0.0001));
    }

    @Test
    void petoPetoWeightsEachEventByPooledSurvivalJustBefore() {
        LogRankResult test = LogRank.test(twoSmallArms(), 1);

        // pooled S(t−): 1 at t=1, 3/4 at t=2, 1/2 at t=3
        LogRankGroup a = test.groups().get(0);
        LogRankGroup b = test.groups().get(1);
        assertThat(a.observed()).isCloseTo(1 + 3.0 / 4, within(EXACT));
        assertThat(a.expected()).isCloseTo(1.0 / 2 + 3.0 / 4 * 1 / 3, within(EXACT));
        assertThat(b.observed()).isCloseTo(1.0 / 2, within(EXACT));
        assertThat(b.expected()).isCloseTo(1.0 / 2 + 3.0 / 4 * 2 / 3 + 1.0 / 2, within(EXACT));
    }

    @Test
    void identicalArmsShowNoDifference() {
        SurvivalData data = SurvivalData.of(
                new double[] {1, 3, 4, 1, 3, 4},
                new boolean[] {true, false, true, true, false, true},
                new int[] {0, 0, 0, 1, 1, 1},
                List.of("A", "B"));

        LogRankResult test = LogRank.test(data);

        assertThat(test.chiSquare().getAsDouble()).isCloseTo(0, within(EXACT));
        assertThat(test.pValue().getAsDouble()).isCloseTo(1, within(EXACT));
    }

    @Test
    void statisticDoesNotDependOnGroupOrder() {
        double[] time = {2, 3, 3, 5, 6, 7, 8, 8, 9, 10, 12, 15};
        boolean[] event = {true, true, false, true, true, false, true, true, true, false, true, true};
        int[] group = {0, 1, 2, 0, 1, 2, 0, 1, 2, 0, 1, 2};
        int[] reordered = new int[group.length];
        for (int i = 0; i < group.length; i++) {
            reordered[i] = 2 - group[i];
        }

        double forward = LogRank.test(SurvivalData.of(time, event, group, List.of("a", "b", "c")))
                .chiSquare()
                .getAsDouble();
        double backward = LogRank.test(SurvivalData.of(time, event, reordered, List.of("c", "b", "a")))
                .chiSquare()
                .getAsDouble();

        assertThat(backward).isCloseTo(forward, within(1e-12));
        assertThat(LogRank.test(SurvivalData.of(time, event, group, List.of("a", "b", "c")))
                        .degreesOfFreedom())
                .isEqualTo(2);
    }

    @Test
    void groupWithoutPatientsIsLeftOutOfTheTest() {
        SurvivalData withEmpty = SurvivalData.of(
                new double[] {1, 2, 3, 4},
                new boolean[] {true, true, true, false},
                new int[] {0, 0, 2, 2},
                List.of("A", "empty", "B"));

        LogRankResult test = LogRank.test(withEmpty);

        assertThat(test.degreesOfFreedom()).isEqualTo(1);
        assertThat(test.chiSquare().getAsDouble()).isCloseTo(49.0 / 17, within(EXACT));
        assertThat(test.groups().get(1).expected()).isZero();
    }

    @Test
    void singleGroupHasNothingToCompare() {
        LogRankResult test = LogRank.test(SurvivalData.of(new double[] {1, 2}, new boolean[] {true, true}));

        assertThat(test.chiSquare()).isEmpty();
        assertThat(test.pValue()).isEmpty();
        assertThat(test.degreesOfFreedom()).isZero();
        assertThat(test.groups())
                .singleElement()
                .satisfies(g -> assertThat(g.observed()).isEqualTo(2.0));
    }

    @Test
    void allCensoredCohortHasNothingToCompare() {
        SurvivalData data = SurvivalData.of(new double[] {1, 2}, new boolean[2], new int[] {0, 1}, List.of("A", "B"));

        assertThat(LogRank.test(data).chiSquare()).isEmpty();
    }

    @Test
    void rejectsNegativeOrInfiniteRho() {
        assertThatThrownBy(() -> LogRank.test(twoSmallArms(), -1)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> LogRank.test(twoSmallArms(), Double.NaN)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> LogRank.test(twoSmallArms(), Double.POSITIVE_INFINITY))
                .hasMessageContaining("rho");
    }
}
