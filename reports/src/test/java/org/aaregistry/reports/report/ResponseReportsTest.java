package org.aaregistry.reports.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.aaregistry.reports.response.ResponseRate;
import org.junit.jupiter.api.Test;

class ResponseReportsTest {
    private static final List<String> ARMS = List.of("hATG + CsA", "hATG + CsA + EPAG");
    // patients 0–3 in arm 0, 4–8 in arm 1
    private static final int[] GROUP = {0, 0, 0, 0, 1, 1, 1, 1, 1};
    private static final byte[][] CATEGORIES = {
        {3, 2, 1, 0, 3, 3, 2, 1, 1}, // 3 months
        {3, 3, 1, 0, 3, 3, 3, 2, 1}, // 6 months
        {0, 0, 0, 0, 0, 0, 0, 0, 0}, // 12 months: none assessable yet
        {3, 3, 1, 1, 3, 3, 3, 2, 1} // best
    };

    private static ResponseReport report() {
        return ResponseReports.build(ARMS, GROUP, CATEGORIES, Map.of("site", "SITE-A"), "NIH", Fixtures.provenance());
    }

    @Test
    void countsEachCategoryPerGroupAndTimePoint() {
        ResponseAtTimePoint threeMonths = report().groups().get(0).timePoints().get(0);

        assertThat(threeMonths.timePoint()).isEqualTo("MONTH_3");
        assertThat(threeMonths.n()).isEqualTo(4);
        assertThat(threeMonths.cr()).isEqualTo(1);
        assertThat(threeMonths.pr()).isEqualTo(1);
        assertThat(threeMonths.nr()).isEqualTo(1);
        assertThat(threeMonths.notAssessable()).isEqualTo(1);
        assertThat(threeMonths.evaluable()).isEqualTo(3);
    }

    @Test
    void ratesAreWilsonIntervalsOverEvaluablePatients() {
        ResponseAtTimePoint sixMonths = report().groups().get(1).timePoints().get(1);

        ResponseRate orr = ResponseRate.wilson(4, 5);
        ResponseRate cr = ResponseRate.wilson(3, 5);
        assertThat(sixMonths.orr())
                .isEqualTo(
                        new Estimate(0.8, orr.lower().getAsDouble(), orr.upper().getAsDouble()));
        assertThat(sixMonths.crRate())
                .isEqualTo(
                        new Estimate(0.6, cr.lower().getAsDouble(), cr.upper().getAsDouble()));
    }

    @Test
    void timePointWithoutEvaluablePatientsHasNullRates() {
        ResponseAtTimePoint twelveMonths = report().groups().get(0).timePoints().get(2);

        assertThat(twelveMonths.evaluable()).isZero();
        assertThat(twelveMonths.orr()).isEqualTo(new Estimate(null, null, null));
        assertThat(twelveMonths.crRate()).isEqualTo(new Estimate(null, null, null));
    }

    @Test
    void groupsInCallerOrderEachWithTheFourTimePointsInOrder() {
        ResponseReport report = report();

        assertThat(report.groups()).extracting(ResponseGroup::name).isEqualTo(ARMS);
        assertThat(report.groups()).extracting(ResponseGroup::n).containsExactly(4, 5);
        for (ResponseGroup group : report.groups()) {
            assertThat(group.timePoints())
                    .extracting(ResponseAtTimePoint::timePoint)
                    .containsExactly("MONTH_3", "MONTH_6", "MONTH_12", "BEST");
        }
        assertThat(report.ruleSet()).isEqualTo("NIH");
        assertThat(report.cohort()).containsEntry("n", 9);
    }

    @Test
    void rejectsACategoryCodeOutsideZeroToThree() {
        byte[][] categories = {{4}, {0}, {0}, {0}};

        assertThatThrownBy(() -> ResponseReports.build(
                        List.of("A"), new int[] {0}, categories, Map.of(), "NIH", Fixtures.provenance()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("MONTH_3");
    }

    @Test
    void rejectsCategoriesWithoutOneRowPerTimePoint() {
        assertThatThrownBy(() -> ResponseReports.build(
                        List.of("A"), new int[] {0}, new byte[][] {{1}}, Map.of(), "NIH", Fixtures.provenance()))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
