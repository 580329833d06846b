package org.aaregistry.reports.competingrisk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.aaregistry.reports.reference.ReferenceCsv;
import org.aaregistry.reports.reference.ReferenceData;
import org.junit.jupiter.api.Test;

class GrayTest {
    private static final double CLOSE = 1e-9;

    /** The cuminc example with its group labels mapped through {@code labels}. */
    private static CompetingRisksData example(List<String> labels, boolean stratified) {
        ReferenceCsv csv = ReferenceCsv.read("cmprsk_example_data.csv");
        double[] time = csv.rows().stream().mapToDouble(r -> r.real("ss")).toArray();
        int[] status = csv.rows().stream().mapToInt(r -> r.integer("cc")).toArray();
        int[] group =
                csv.rows().stream().mapToInt(r -> labels.indexOf(r.text("gg"))).toArray();
        int[] stratum = csv.rows().stream().mapToInt(r -> r.integer("strt") - 1).toArray();
        return stratified
                ? CompetingRisksData.of(time, status, group, labels, stratum)
                : CompetingRisksData.of(time, status, group, labels);
    }

    @Test
    void statisticDoesNotDependOnWhichGroupIsDropped() {
        double abc = Gray.test(ReferenceData.cmprskExample(true), 1).statistic().getAsDouble();
        double cba =
                Gray.test(example(List.of("c", "b", "a"), true), 1).statistic().getAsDouble();

        assertThat(cba).isCloseTo(abc, within(CLOSE));
    }

    @Test
    void groupWithoutPatientsIsLeftOut() {
        GrayResult withEmpty = Gray.test(example(List.of("a", "nobody", "b", "c"), false), 2);
        GrayResult without = Gray.test(ReferenceData.cmprskExample(false), 2);

        assertThat(withEmpty.degreesOfFreedom()).isEqualTo(2);
        assertThat(withEmpty.statistic().getAsDouble())
                .isCloseTo(without.statistic().getAsDouble(), within(CLOSE));
    }

    @Test
    void oneStratumIsTheUnstratifiedTest() {
        CompetingRisksData data = ReferenceData.cmprskExample(false);
        ReferenceCsv csv = ReferenceCsv.read("cmprsk_example_data.csv");
        double[] time = csv.rows().stream().mapToDouble(r -> r.real("ss")).toArray();
        int[] status = csv.rows().stream().mapToInt(r -> r.integer("cc")).toArray();
        int[] group = csv.rows().stream()
                .mapToInt(r -> ReferenceData.CMPRSK_GROUPS.indexOf(r.text("gg")))
                .toArray();
        CompetingRisksData single =
                CompetingRisksData.of(time, status, group, ReferenceData.CMPRSK_GROUPS, new int[time.length]);

        GrayResult stratified = Gray.test(single, 1);

        assertThat(stratified.stratified()).isTrue();
        assertThat(stratified.statistic().getAsDouble())
                .isCloseTo(Gray.test(data, 1).statistic().getAsDouble(), within(CLOSE));
    }

    @Test
    void singleGroupHasNothingToCompare() {
        GrayResult test = Gray.test(CompetingRisksData.of(new double[] {1, 2}, new int[] {1, 2}), 1);

        assertThat(test.statistic()).isEmpty();
        assertThat(test.pValue()).isEmpty();
        assertThat(test.degreesOfFreedom()).isZero();
    }

    @Test
    void singularScoreVarianceGivesNoStatistic() {
        // group "early" leaves follow-up before any event, so its score and variance stay 0
        CompetingRisksData data = CompetingRisksData.of(
                new double[] {0.1, 0.2, 1, 2, 3, 4, 5, 6},
                new int[] {0, 0, 1, 2, 1, 1, 0, 1},
                new int[] {0, 0, 1, 1, 1, 2, 2, 2},
                List.of("early", "A", "B"));

        GrayResult test = Gray.test(data, 1);

        assertThat(test.statistic()).isEmpty();
        assertThat(test.degreesOfFreedom()).isEqualTo(2);
    }

    @Test
    void anEventNoPatientHadHasNoTestRatherThanAnError() {
        // two groups, deaths and censoring only: the incidence of cause 1 is 0 everywhere, its variance too
        CompetingRisksData data = CompetingRisksData.of(
                new double[] {1, 2, 3, 4, 1, 2, 3, 4},
                new int[] {2, 0, 2, 0, 0, 2, 0, 2},
                new int[] {0, 0, 0, 0, 1, 1, 1, 1},
                List.of("A", "B"));

        GrayResult test = Gray.test(data, 1);

        assertThat(test.statistic()).isEmpty();
        assertThat(test.pValue()).isEmpty();
        assertThat(Gray.test(data, 2).statistic())
                .as("death, which happened, is compared")
                .isPresent();
    }

    @Test
    void twoIdenticalGroupsShowNoDifference() {
        CompetingRisksData data = CompetingRisksData.of(
                new double[] {1, 2, 3, 4, 1, 2, 3, 4},
                new int[] {1, 2, 1, 0, 1, 2, 1, 0},
                new int[] {0, 0, 0, 0, 1, 1, 1, 1},
                List.of("A", "B"));

        GrayResult test = Gray.test(data, 1);

        assertThat(test.statistic().getAsDouble()).isCloseTo(0, within(1e-12));
        assertThat(test.pValue().getAsDouble()).isCloseTo(1, within(1e-12));
    }

    @Test
    void rejectsInvalidCauseOrRho() {
        CompetingRisksData data = ReferenceData.cmprskExample(false);

        assertThatThrownBy(() -> Gray.test(data, 0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Gray.test(data, 1, -0.5)).hasMessageContaining("rho");
    }
}
