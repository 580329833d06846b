package org.aaregistry.reports.competingrisk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.aaregistry.reports.reference.ReferenceCsv;
import org.aaregistry.reports.reference.ReferenceCsv.Row;
import org.aaregistry.reports.reference.ReferenceData;
import org.aaregistry.reports.reference.ReferenceJson;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Cumulative incidence, its variance, timepoints and Gray's test against R's cmprsk::cuminc. */
class CompetingRisksReferenceTest {
    private static final double TOLERANCE = 1e-9;

    @ParameterizedTest(name = "cause {0}")
    @ValueSource(ints = {1, 2})
    void incidenceAndVarianceMatchCumincAtEveryCorner(int cause) {
        List<IncidenceCurve> curves = CumulativeIncidence.estimate(ReferenceData.cmprskExample(false), cause);
        ReferenceCsv reference = ReferenceCsv.read("cmprsk_example_curves.csv");
        SoftAssertions softly = new SoftAssertions();
        for (IncidenceCurve curve : curves) {
            String name = curve.label() + " " + cause;
            List<Row> rows = reference.rows(r -> r.text("group_cause").equals(name));
            List<double[]> corners = cumincCorners(curve);
            assertThat(corners).as(name + " points").hasSize(rows.size());
            for (int i = 0; i < rows.size(); i++) {
                double[] corner = corners.get(i);
                Row r = rows.get(i);
                softly.assertThat(corner[0]).as(name + " time #" + i).isEqualTo(r.real("time"));
                softly.assertThat(corner[1]).as(name + " cif #" + i).isCloseTo(r.real("cif"), within(TOLERANCE));
                softly.assertThat(corner[2]).as(name + " var #" + i).isCloseTo(r.real("var"), within(TOLERANCE));
            }
        }
        softly.assertAll();
    }

    /**
     * cuminc's plotting format: (0, 0), then at each step the corner before and after the jump, and
     * finally the last follow-up time at the last value.
     */
    private static List<double[]> cumincCorners(IncidenceCurve curve) {
        List<double[]> corners = new ArrayList<>();
        corners.add(new double[] {0, 0, 0});
        double f = 0;
        double v = 0;
        for (IncidencePoint step : curve.steps()) {
            corners.add(new double[] {step.time(), f, v});
            f = step.incidence();
            v = step.variance();
            corners.add(new double[] {step.time(), f, v});
        }
        corners.add(new double[] {curve.lastFollowUp().orElseThrow(), f, v});
        return corners;
    }

    @org.junit.jupiter.api.Test
    void timepointsMatchCmprsk() {
        Map<String, Object> expected =
                ReferenceJson.at(ReferenceJson.read("cmprsk_example_tests.json"), "timepoints_unstratified");
        double[] times = ReferenceJson.numbers(expected.get("times"));
        List<?> rows = ReferenceJson.at(expected, "rows");
        List<?> estimates = ReferenceJson.at(expected, "est");
        CompetingRisksData data = ReferenceData.cmprskExample(false);
        for (int r = 0; r < rows.size(); r++) {
            String[] groupCause = ((String) rows.get(r)).split(" ");
            int cause = Integer.parseInt(groupCause[1]);
            IncidenceCurve curve =
                    CumulativeIncidence.estimate(data, cause).get(ReferenceData.CMPRSK_GROUPS.indexOf(groupCause[0]));
            double[] row = ReferenceJson.numbers(estimates.get(r));
            for (int t = 0; t < times.length; t++) {
                assertThat(curve.at(times[t]).orElseThrow().incidence())
                        .as(rows.get(r) + " at " + times[t])
                        .isCloseTo(row[t], within(TOLERANCE));
            }
        }
    }

    @ParameterizedTest(name = "{0} cause {1}")
    @CsvSource({"gray_unstratified, 1", "gray_unstratified, 2", "gray_stratified, 1", "gray_stratified, 2"})
    void graysTestMatchesCuminc(String key, int cause) {
        List<?> tests = ReferenceJson.at(ReferenceJson.read("cmprsk_example_tests.json"), key);
        @SuppressWarnings("unchecked")
        Map<String, Object> expected = (Map<String, Object>) tests.stream()
                .filter(t -> ((Map<?, ?>) t).get("cause").equals(String.valueOf(cause)))
                .findFirst()
                .orElseThrow();
        boolean stratified = key.equals("gray_stratified");

        GrayResult test = Gray.test(ReferenceData.cmprskExample(stratified), cause);

        assertThat(test.stratified()).isEqualTo(stratified);
        assertThat(test.statistic().orElseThrow()).isCloseTo((Double) expected.get("stat"), within(TOLERANCE));
        assertThat(test.pValue().orElseThrow()).isCloseTo((Double) expected.get("pv"), within(TOLERANCE));
        assertThat(test.degreesOfFreedom()).isEqualTo(((Double) expected.get("df")).intValue());
    }
}
