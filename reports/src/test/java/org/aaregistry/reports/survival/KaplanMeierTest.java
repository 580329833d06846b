package org.aaregistry.reports.survival;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.OptionalDouble;
import org.aaregistry.reports.reference.ReferenceData;
import org.junit.jupiter.api.Test;

class KaplanMeierTest {
    private static final double Z = 1.959963984540054; // qnorm(0.975)
    private static final double EXACT = 1e-12;

    /** Five patients: an event at 1, two events and a censoring at 2, an event at 3. */
    private static SurvivalCurve fiveWithTies(ConfidenceInterval interval) {
        SurvivalData data =
                SurvivalData.of(new double[] {2, 1, 2, 3, 2}, new boolean[] {true, true, false, true, true});
        return KaplanMeier.fit(data, interval, 0.95).get(0);
    }

    @Test
    void survivalIsProductOfConditionalSurvivalsAcrossTiedEventsAndCensorings() {
        SurvivalCurve curve = fiveWithTies(ConfidenceInterval.LOG);

        assertThat(curve.size()).isEqualTo(3);
        SurvivalStep first = curve.step(0);
        SurvivalStep tied = curve.step(1);
        assertThat(first.survival()).isCloseTo(4.0 / 5, within(EXACT));
        assertThat(tied.survival()).isCloseTo(4.0 / 5 * 2 / 4, within(EXACT));
        assertThat(tied.cumulativeHazard()).isCloseTo(1.0 / 5 + 2.0 / 4, within(EXACT));
        assertThat(tied.standardErrorOfLog().getAsDouble())
                .isCloseTo(Math.sqrt(1.0 / (5 * 4) + 2.0 / (4 * 2)), within(EXACT));
        assertThat(tied.standardError().getAsDouble()).isCloseTo(0.4 * Math.sqrt(0.3), within(EXACT));
    }

    @Test
    void censoredAtAnEventTimeStayInThatRiskSet() {
        SurvivalStep tied = fiveWithTies(ConfidenceInterval.LOG).step(1);

        assertThat(tied.time()).isEqualTo(2);
        assertThat(tied.atRisk()).isEqualTo(4);
        assertThat(tied.events()).isEqualTo(2);
        assertThat(tied.censored()).isEqualTo(1);
    }

    @Test
    void logIntervalIsCappedAtOne() {
        SurvivalStep tied = fiveWithTies(ConfidenceInterval.LOG).step(1);
        double sigma = Math.sqrt(0.3);

        assertThat(tied.lower().getAsDouble()).isCloseTo(Math.exp(Math.log(0.4) - Z * sigma), within(1e-12));
        assertThat(tied.upper()).hasValue(1.0);
    }

    @Test
    void plainIntervalIsClippedToZero() {
        SurvivalStep tied = fiveWithTies(ConfidenceInterval.PLAIN).step(1);

        assertThat(tied.lower()).hasValue(0.0); // 0.4 − 1.96 × 0.4 × 0.548 < 0
        assertThat(tied.upper().getAsDouble()).isCloseTo(0.4 + Z * 0.4 * Math.sqrt(0.3), within(1e-12));
    }

    @Test
    void standardErrorAndLimitsAreAbsentOnceEveryoneHasHadTheEvent() {
        for (ConfidenceInterval interval : ConfidenceInterval.values()) {
            SurvivalStep last = fiveWithTies(interval).step(2);

            assertThat(last.survival()).isZero();
            assertThat(last.standardErrorOfLog()).isEmpty();
            assertThat(last.standardError()).isEmpty();
            assertThat(last.lower()).as(interval.name()).isEmpty();
            assertThat(last.upper()).as(interval.name()).isEmpty();
        }
    }

    @Test
    void allCensoredCurveStaysAtOneWithoutPercentiles() {
        SurvivalData data = SurvivalData.of(new double[] {1, 2, 3}, new boolean[3]);
        SurvivalCurve log = KaplanMeier.fit(data).get(0);
        SurvivalCurve logLog =
                KaplanMeier.fit(data, ConfidenceInterval.LOG_LOG, 0.95).get(0);

        assertThat(log.steps()).allSatisfy(step -> {
            assertThat(step.survival()).isEqualTo(1.0);
            assertThat(step.standardErrorOfLog()).hasValue(0.0);
            assertThat(step.lower()).hasValue(1.0);
            assertThat(step.upper()).hasValue(1.0);
        });
        assertThat(logLog.steps()).allSatisfy(step -> assertThat(step.lower()).isEmpty());
        assertThat(log.quartiles()).allSatisfy(q -> assertThat(q.time()).isEmpty());
    }

    @Test
    void allEventsCurveReachesZeroAndEveryQuartileExists() {
        SurvivalData data = SurvivalData.of(new double[] {4, 1, 3, 2}, new boolean[] {true, true, true, true});
        SurvivalCurve curve = KaplanMeier.fit(data).get(0);

        assertThat(curve.steps())
                .extracting(SurvivalStep::survival)
                .satisfiesExactly(
                        s -> assertThat(s).isCloseTo(0.75, within(EXACT)),
                        s -> assertThat(s).isCloseTo(0.5, within(EXACT)),
                        s -> assertThat(s).isCloseTo(0.25, within(EXACT)),
                        s -> assertThat(s).isZero());
        // S = 0.75, 0.5, 0.25: each quartile sits on a flat stretch, so R takes the midpoint
        assertThat(curve.quartiles())
                .extracting(SurvivalQuantile::time)
                .containsExactly(OptionalDouble.of(1.5), OptionalDouble.of(2.5), OptionalDouble.of(3.5));
    }

    @Test
    void medianIsMidpointWhenCurveFlatAtHalf() {
        // S falls to 0.5 at 2 and stays there, past a censoring at 7, until the last event at 9
        SurvivalData data = SurvivalData.of(new double[] {1, 2, 7, 9}, new boolean[] {true, true, false, true});
        SurvivalCurve curve = KaplanMeier.fit(data).get(0);

        assertThat(curve.step(1).survival()).isCloseTo(0.5, within(EXACT));
        assertThat(curve.median().time()).hasValue((2 + 9) / 2.0);
    }

    @Test
    void medianOfCurveEndingFlatAtHalfIsMidpointToLastFollowUp() {
        SurvivalData data = SurvivalData.of(new double[] {1, 2, 5, 6}, new boolean[] {true, true, false, false});
        SurvivalCurve curve = KaplanMeier.fit(data).get(0);

        assertThat(curve.median().time()).hasValue((2 + 6) / 2.0);
    }

    @Test
    void medianIsFirstTimeSurvivalFallsBelowHalf() {
        assertThat(fiveWithTies(ConfidenceInterval.LOG).median().time()).hasValue(2.0);
    }

    @Test
    void medianUpperLimitFollowsRWhereUpperCurveRisesAgain() {
        SurvivalCurve aml = KaplanMeier.fit(ReferenceData.aml()).get(0);
        double firstCrossing = aml.steps().stream()
                .filter(s -> s.upper().isPresent() && s.upper().getAsDouble() < 0.5)
                .findFirst()
                .orElseThrow()
                .time();

        assertThat(firstCrossing).isEqualTo(45);
        assertThat(aml.median().upper()).hasValue(48.0);
    }

    @Test
    void singleEventIsItsOwnMedian() {
        SurvivalCurve curve = KaplanMeier.fit(SurvivalData.of(new double[] {5}, new boolean[] {true}))
                .get(0);

        assertThat(curve.size()).isEqualTo(1);
        assertThat(curve.step(0).atRisk()).isEqualTo(1);
        assertThat(curve.step(0).survival()).isZero();
        assertThat(curve.median().time()).hasValue(5.0);
    }

    @Test
    void singleCensoredPatientLeavesCurveAtOne() {
        SurvivalCurve curve = KaplanMeier.fit(SurvivalData.of(new double[] {5}, new boolean[] {false}))
                .get(0);

        assertThat(curve.step(0).survival()).isEqualTo(1.0);
        assertThat(curve.at(5)).hasValueSatisfying(l -> assertThat(l.atRisk()).isEqualTo(1));
        assertThat(curve.median().time()).isEmpty();
    }

    @Test
    void emptyGroupHasEmptyCurve() {
        SurvivalData data = SurvivalData.of(
                new double[] {1, 2}, new boolean[] {true, false}, new int[] {0, 0}, List.of("treated", "untreated"));
        SurvivalCurve empty = KaplanMeier.fit(data).get(1);

        assertThat(empty.label()).isEqualTo("untreated");
        assertThat(empty.patients()).isZero();
        assertThat(empty.size()).isZero();
        assertThat(empty.at(1)).isEmpty();
        assertThat(empty.numberAtRisk(0)).isZero();
        assertThat(empty.quartiles()).allSatisfy(q -> assertThat(q.time()).isEmpty());
    }

    @Test
    void cohortWithoutPatientsGivesOneEmptyCurve() {
        List<SurvivalCurve> curves = KaplanMeier.fit(SurvivalData.of(new double[0], new boolean[0]));

        assertThat(curves).singleElement().satisfies(c -> assertThat(c.size()).isZero());
    }

    @Test
    void noGroupsGiveNoCurves() {
        SurvivalData none = SurvivalData.of(new double[0], new boolean[0], new int[0], List.of());

        assertThat(KaplanMeier.fit(none)).isEmpty();
    }

    @Test
    void landmarkSurvivalIsLastStepAtOrBeforeTheLandmark() {
        SurvivalCurve curve = fiveWithTies(ConfidenceInterval.LOG);

        LandmarkSurvival between = curve.at(2.5).orElseThrow();
        assertThat(between.survival()).isCloseTo(0.4, within(EXACT));
        assertThat(between.atRisk()).isEqualTo(1);
        assertThat(between.standardError().getAsDouble()).isCloseTo(0.4 * Math.sqrt(0.3), within(EXACT));
        assertThat(between.lower()).isEqualTo(curve.step(1).lower());
        LandmarkSurvival onStep = curve.at(2).orElseThrow();
        assertThat(onStep.survival()).isCloseTo(0.4, within(EXACT));
        assertThat(onStep.atRisk()).isEqualTo(4);
    }

    @Test
    void landmarkBeforeFirstEventIsCertainSurvival() {
        LandmarkSurvival early = fiveWithTies(ConfidenceInterval.LOG).at(0.5).orElseThrow();

        assertThat(early.survival()).isEqualTo(1.0);
        assertThat(early.atRisk()).isEqualTo(5);
        assertThat(early.standardError()).hasValue(0.0);
        assertThat(early.lower()).hasValue(1.0);
        assertThat(early.upper()).hasValue(1.0);
    }

    @Test
    void landmarkAfterLastFollowUpIsAbsent() {
        SurvivalCurve curve = fiveWithTies(ConfidenceInterval.LOG);

        assertThat(curve.at(3)).isPresent();
        assertThat(curve.at(3.0001)).isEmpty();
        assertThat(curve.at(-1)).isEmpty();
    }

    @Test
    void landmarksOfAmlMatchTheSurvfitRowsTheyFallIn() {
        SurvivalCurve aml = KaplanMeier.fit(ReferenceData.aml()).get(0);

        LandmarkSurvival week24 = aml.at(24).orElseThrow();
        SurvivalStep week23 =
                aml.steps().stream().filter(s -> s.time() == 23).findFirst().orElseThrow();
        assertThat(week24.survival()).isEqualTo(week23.survival());
        assertThat(week24.upper()).isEqualTo(week23.upper());
        assertThat(week24.atRisk()).isEqualTo(11); // followed 27, 28, 30, 31, 33, 34, 43, 45, 45, 48, 161 weeks
    }

    @Test
    void numberAtRiskTableCountsPatientsStillFollowed() {
        SurvivalData aml = ReferenceData.amlByMaintenance();

        int[][] table = aml.numberAtRisk(0, 13, 50, 200);

        assertThat(table[0]).containsExactly(11, 10, 1, 0);
        assertThat(table[1]).containsExactly(12, 7, 0, 0);
    }

    @Test
    void rejectsInvalidInputNamingThePatient() {
        boolean[] two = {true, false};
        assertThatThrownBy(() -> SurvivalData.of(new double[] {1, -2}, two))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("time[1]")
                .hasMessageContaining("negative");
        assertThatThrownBy(() -> SurvivalData.of(new double[] {Double.NaN, 2}, two))
                .hasMessageContaining("time[0] is not a number");
        assertThatThrownBy(() -> SurvivalData.of(new double[] {1, Double.POSITIVE_INFINITY}, two))
                .hasMessageContaining("time[1] is infinite");
        assertThatThrownBy(() -> SurvivalData.of(new double[] {1}, two))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("one entry per patient");
        assertThatThrownBy(() -> SurvivalData.of(new double[] {1, 2}, two, new int[] {0, 2}, List.of("a", "b")))
                .hasMessageContaining("group[1] is 2");
        assertThatThrownBy(() -> SurvivalData.of(new double[] {1, 2}, two, new int[] {0, 0}, List.of("a", "a")))
                .hasMessageContaining("distinct");
        assertThatThrownBy(() -> KaplanMeier.fit(
                        SurvivalData.of(new double[] {1}, new boolean[] {true}), ConfidenceInterval.LOG, 1.0))
                .hasMessageContaining("confidence level");
        assertThatThrownBy(() -> fiveWithTies(ConfidenceInterval.LOG).quantiles(1.5))
                .hasMessageContaining("probability");
    }

    @Test
    void negativeZeroTimeIsTheSameTimeAsZero() {
        SurvivalData data = SurvivalData.of(new double[] {-0.0, 0.0, 1}, new boolean[] {true, false, true});
        SurvivalCurve curve = KaplanMeier.fit(data).get(0);

        assertThat(curve.size()).isEqualTo(2);
        assertThat(curve.step(0).events()).isEqualTo(1);
        assertThat(curve.step(0).censored()).isEqualTo(1);
    }
}
