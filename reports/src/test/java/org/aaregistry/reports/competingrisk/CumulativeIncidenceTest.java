package org.aaregistry.reports.competingrisk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.aaregistry.reports.reference.ReferenceData;
import org.aaregistry.reports.survival.KaplanMeier;
import org.aaregistry.reports.survival.SurvivalCurve;
import org.aaregistry.reports.survival.SurvivalData;
import org.junit.jupiter.api.Test;

class CumulativeIncidenceTest {
    private static final double EXACT = 1e-12;
    private static final double Z = 1.959963984540054;

    /** Relapse (1) at 1, death in remission (2) at 2, relapse at 3, censored at 4. */
    private static CompetingRisksData fourPatients() {
        return CompetingRisksData.of(new double[] {3, 1, 4, 2}, new int[] {1, 1, 0, 2});
    }

    @Test
    void incidenceAddsSurvivalJustBeforeTimesShareOfEvents() {
        IncidenceCurve relapse = CumulativeIncidence.estimate(fourPatients(), 1).get(0);
        IncidenceCurve death = CumulativeIncidence.estimate(fourPatients(), 2).get(0);

        assertThat(relapse.steps()).extracting(IncidencePoint::time).containsExactly(1.0, 3.0);
        assertThat(relapse.step(0).incidence()).isCloseTo(1.0 / 4, within(EXACT));
        // S(3−) = 3/4 · 2/3 = 1/2 and 2 at risk: F = 1/4 + 1/2 · 1/2
        assertThat(relapse.step(1).incidence()).isCloseTo(1.0 / 2, within(EXACT));
        assertThat(death.step(0).incidence()).isCloseTo(3.0 / 4 * 1 / 3, within(EXACT));
    }

    @Test
    void varianceIsGraysDeltaMethodSumOverEventTimes() {
        IncidenceCurve relapse = CumulativeIncidence.estimate(fourPatients(), 1).get(0);

        // Σ q (a − F(t)·b)²; at t = 1 the single term is q = 1/16 with a − F b = 1
        assertThat(relapse.step(0).variance()).isCloseTo(1.0 / 16, within(EXACT));
        // at t = 3, F = 1/2: relapse at 1 gives 1/16·(2/3)², death at 2 gives 1/16·(1/2)², relapse at 3 gives 1/16
        assertThat(relapse.step(1).variance()).isCloseTo(1.0 / 36 + 1.0 / 64 + 1.0 / 16, within(EXACT));
    }

    @Test
    void incidencesOfAllCausesAndSurvivalAddUpToOne() {
        CompetingRisksData data = ReferenceData.cmprskExample(false);
        IncidenceCurve relapse = CumulativeIncidence.estimate(data, 1).get(0);
        IncidenceCurve death = CumulativeIncidence.estimate(data, 2).get(0);
        // all-cause Kaplan–Meier of group a, from its risk sets
        SurvivalCurve free = KaplanMeier.fit(allCauseData(data, 0)).get(0);

        for (int i = 0; i < free.size(); i++) {
            double t = free.step(i).time();
            double sum = free.step(i).survival()
                    + relapse.at(t).orElseThrow().incidence()
                    + death.at(t).orElseThrow().incidence();
            assertThat(sum).as("t=%s", t).isCloseTo(1, within(EXACT));
        }
    }

    private static SurvivalData allCauseData(CompetingRisksData data, int group) {
        var sets = data.riskSets(group);
        double[] time = new double[sets.patients()];
        boolean[] event = new boolean[sets.patients()];
        int p = 0;
        for (int i = 0; i < sets.size(); i++) {
            for (int kind = 0; kind < sets.kinds(); kind++) {
                for (int j = 0; j < sets.exits(kind, i); j++) {
                    time[p] = sets.time(i);
                    event[p++] = kind > 0;
                }
            }
        }
        return SurvivalData.of(time, event);
    }

    @Test
    void withoutCompetingEventsIncidenceIsOneMinusKaplanMeier() {
        double[] time = {2, 3, 3, 5, 8, 8, 9, 12};
        int[] status = {1, 1, 0, 1, 1, 0, 0, 1};
        boolean[] event = new boolean[status.length];
        for (int i = 0; i < status.length; i++) {
            event[i] = status[i] == 1;
        }
        IncidenceCurve incidence = CumulativeIncidence.estimate(CompetingRisksData.of(time, status), 1)
                .get(0);
        SurvivalCurve survival = KaplanMeier.fit(SurvivalData.of(time, event)).get(0);

        for (var step : survival.steps()) {
            assertThat(incidence.at(step.time()).orElseThrow().incidence())
                    .isCloseTo(1 - step.survival(), within(EXACT));
        }
    }

    @Test
    void incidenceIsZeroBeforeFirstEventAndAbsentOutsideFollowUp() {
        IncidenceCurve relapse = CumulativeIncidence.estimate(fourPatients(), 1).get(0);

        assertThat(relapse.at(0.5).orElseThrow().incidence()).isZero();
        assertThat(relapse.at(0).orElseThrow().variance()).isZero();
        assertThat(relapse.at(2.5).orElseThrow().incidence()).isCloseTo(1.0 / 4, within(EXACT));
        assertThat(relapse.at(4).orElseThrow().incidence()).isCloseTo(1.0 / 2, within(EXACT));
        assertThat(relapse.at(4.5)).isEmpty();
        assertThat(relapse.at(-0.1)).isEmpty();
        assertThat(relapse.lastFollowUp()).hasValue(4.0);
    }

    @Test
    void intervalIsOnLogMinusLogScale() {
        IncidencePoint first =
                CumulativeIncidence.estimate(fourPatients(), 1).get(0).step(0);

        // F = 1/4, √var = 1/4: z·√var / (F·|log F|) = z / log 4
        double spread = Z / Math.log(4);
        assertThat(first.lower().getAsDouble()).isCloseTo(Math.pow(0.25, Math.exp(spread)), within(1e-12));
        assertThat(first.upper().getAsDouble()).isCloseTo(Math.pow(0.25, Math.exp(-spread)), within(1e-12));
        assertThat(first.lower().getAsDouble()).isBetween(0.0, 0.25);
        assertThat(first.upper().getAsDouble()).isBetween(0.25, 1.0);
    }

    @Test
    void intervalIsAbsentWhereIncidenceIsZeroOrOne() {
        CompetingRisksData one = CompetingRisksData.of(new double[] {1}, new int[] {1});

        IncidencePoint certain = CumulativeIncidence.estimate(one, 1).get(0).step(0);
        IncidencePoint before =
                CumulativeIncidence.estimate(one, 1).get(0).at(0.5).orElseThrow();

        assertThat(certain.incidence()).isEqualTo(1.0);
        assertThat(certain.lower()).isEmpty();
        assertThat(before.upper()).isEmpty();
    }

    @Test
    void causeWithoutEventsHasFlatZeroCurve() {
        IncidenceCurve none = CumulativeIncidence.estimate(fourPatients(), 3).get(0);

        assertThat(none.size()).isZero();
        assertThat(none.at(3).orElseThrow().incidence()).isZero();
    }

    @Test
    void allCensoredAndEmptyGroupsHaveNoSteps() {
        CompetingRisksData data = CompetingRisksData.of(
                new double[] {1, 2}, new int[] {0, 0}, new int[] {0, 0}, List.of("censored", "empty"));

        List<IncidenceCurve> curves = CumulativeIncidence.estimate(data, 1);

        assertThat(curves.get(0).size()).isZero();
        assertThat(curves.get(0).at(2).orElseThrow().incidence()).isZero();
        assertThat(curves.get(1).patients()).isZero();
        assertThat(curves.get(1).lastFollowUp()).isEmpty();
        assertThat(curves.get(1).at(1)).isEmpty();
    }

    @Test
    void tiedCauseEventsUseTheTieCorrection() {
        // two relapses at 1 among four: q = 1·(1 − 1/3)·2/16, a − F·b = 1
        CompetingRisksData data = CompetingRisksData.of(new double[] {1, 1, 2, 3}, new int[] {1, 1, 0, 0});

        IncidencePoint step = CumulativeIncidence.estimate(data, 1).get(0).step(0);

        assertThat(step.incidence()).isCloseTo(0.5, within(EXACT));
        assertThat(step.variance()).isCloseTo((1 - 1.0 / 3) * 2 / 16, within(EXACT));
    }

    @Test
    void rejectsInvalidInput() {
        assertThatThrownBy(() -> CompetingRisksData.of(new double[] {1, 2}, new int[] {1, -1}))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("status[1]");
        assertThatThrownBy(() -> CompetingRisksData.of(new double[] {1, -2}, new int[] {1, 0}))
                .hasMessageContaining("time[1]");
        assertThatThrownBy(() -> CompetingRisksData.of(new double[] {1, 2}, new int[] {1}))
                .hasMessageContaining("one entry per patient");
        assertThatThrownBy(() -> CompetingRisksData.of(
                        new double[] {1, 2}, new int[] {1, 0}, new int[] {0, 0}, List.of("a"), new int[] {0, -1}))
                .hasMessageContaining("stratum[1]");
        assertThatThrownBy(() -> CumulativeIncidence.estimate(fourPatients(), 0))
                .hasMessageContaining("cause");
    }
}
