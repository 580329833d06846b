package org.aaregistry.reports.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Map;
import org.aaregistry.reports.competingrisk.CompetingRisksData;
import org.aaregistry.reports.reference.ReferenceCsv;
import org.aaregistry.reports.reference.ReferenceCsv.Row;
import org.aaregistry.reports.reference.ReferenceData;
import org.aaregistry.reports.reference.ReferenceJson;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The cumulative incidence report of the cmprsk::cuminc help example against R. */
class IncidenceReportsTest {
    private static final double TOLERANCE = 1e-9;
    private static final double[] LANDMARKS = {0.5, 1, 1.5, 2, 100};

    private static IncidenceReport example(int cause, boolean stratified) {
        return IncidenceReports.build(
                ReferenceData.cmprskExample(stratified),
                cause,
                0.95,
                LANDMARKS,
                Map.of("site", "SITE-A"),
                "RELAPSE",
                "FIRST_LINE_START",
                List.of("DEATH"),
                Fixtures.provenance());
    }

    @ParameterizedTest(name = "cause {0}")
    @ValueSource(ints = {1, 2})
    void curveHasOneStepPerEventTimeEqualToCuminc(int cause) {
        ReferenceCsv reference = ReferenceCsv.read("cmprsk_example_curves.csv");
        SoftAssertions softly = new SoftAssertions();
        for (IncidenceGroup group : example(cause, false).groups()) {
            // cuminc's corners: (0, 0), then before and after each jump, then the last follow-up
            List<Row> rows = reference.rows(r -> r.text("group_cause").equals(group.name() + " " + cause));
            assertThat(group.curve()).as(group.name()).hasSize((rows.size() - 2) / 2);
            for (int i = 0; i < group.curve().size(); i++) {
                IncidencePoint point = group.curve().get(i);
                Row after = rows.get(2 + 2 * i);
                softly.assertThat(point.time()).isEqualTo(after.real("time"));
                softly.assertThat(point.estimate()).isCloseTo(after.real("cif"), within(TOLERANCE));
                softly.assertThat(point.stdErr() * point.stdErr()).isCloseTo(after.real("var"), within(TOLERANCE));
            }
        }
        softly.assertAll();
    }

    @Test
    void landmarksEqualTimepointsAndAreNullAfterTheLastFollowUp() {
        Map<String, Object> expected =
                ReferenceJson.at(ReferenceJson.read("cmprsk_example_tests.json"), "timepoints_unstratified");
        List<?> rows = ReferenceJson.at(expected, "rows");
        List<?> estimates = ReferenceJson.at(expected, "est");
        for (int cause = 1; cause <= 2; cause++) {
            for (IncidenceGroup group : example(cause, false).groups()) {
                double[] row = ReferenceJson.numbers(estimates.get(rows.indexOf(group.name() + " " + cause)));
                for (int t = 0; t < row.length; t++) {
                    assertThat(group.landmarks().get(t).estimate())
                            .as(group.name() + " cause " + cause + " at " + LANDMARKS[t])
                            .isCloseTo(row[t], within(TOLERANCE));
                }
                assertThat(group.landmarks().get(4)).isEqualTo(new IncidenceLandmark(100, null, null, null, null));
            }
        }
    }

    @ParameterizedTest(name = "stratified {0}")
    @ValueSource(booleans = {false, true})
    void graysTestEqualsCuminc(boolean stratified) {
        List<?> tests = ReferenceJson.at(
                ReferenceJson.read("cmprsk_example_tests.json"), stratified ? "gray_stratified" : "gray_unstratified");
        Map<?, ?> expected = (Map<?, ?>) tests.get(0);

        GrayTestSummary gray = example(1, stratified).grayTest();

        assertThat(gray.statistic()).isCloseTo((Double) expected.get("stat"), within(TOLERANCE));
        assertThat(gray.p()).isCloseTo((Double) expected.get("pv"), within(TOLERANCE));
        assertThat(gray.df()).isEqualTo(2);
    }

    @Test
    void countsEventsOfTheCauseAndCompetingEventsPerGroup() {
        ReferenceCsv data = ReferenceCsv.read("cmprsk_example_data.csv");

        IncidenceReport report = example(1, false);

        assertThat(report.groups()).extracting(IncidenceGroup::name).isEqualTo(ReferenceData.CMPRSK_GROUPS);
        for (IncidenceGroup group : report.groups()) {
            List<Row> rows = data.rows(r -> r.text("gg").equals(group.name()));
            assertThat(group.n()).isEqualTo(rows.size());
            assertThat(group.events())
                    .isEqualTo(rows.stream().filter(r -> r.integer("cc") == 1).count());
            assertThat(group.competingEvents())
                    .isEqualTo(rows.stream().filter(r -> r.integer("cc") == 2).count());
        }
        assertThat(report.cohort()).containsEntry("n", data.rows().size());
    }

    @Test
    void reportNamesTheEventOriginAndCompetingEvents() {
        IncidenceReport report = example(1, false);

        assertThat(report.event()).isEqualTo("RELAPSE");
        assertThat(report.origin()).isEqualTo("FIRST_LINE_START");
        assertThat(report.competingEvents()).containsExactly("DEATH");
        assertThat(report.confidenceLevel()).isEqualTo(0.95);
    }

    @Test
    void oneGroupHasNoGraysTest() {
        CompetingRisksData data = CompetingRisksData.of(new double[] {1, 2, 3, 4}, new int[] {1, 2, 0, 1});

        IncidenceReport report = IncidenceReports.build(
                data,
                1,
                0.95,
                new double[] {2},
                Map.of(),
                "RELAPSE",
                "DIAGNOSIS",
                List.of("DEATH"),
                Fixtures.provenance());

        assertThat(report.grayTest()).isNull();
        IncidenceGroup all = report.groups().get(0);
        assertThat(all.events()).isEqualTo(2);
        assertThat(all.competingEvents()).isEqualTo(1);
        // at 2: F = 1/4 from the relapse at 1; the death at 2 competes
        assertThat(all.landmarks().get(0).estimate()).isCloseTo(0.25, within(TOLERANCE));
    }

    @Test
    void incidenceBeforeTheFirstEventIsZeroWithoutLimits() {
        IncidenceReport report = IncidenceReports.build(
                CompetingRisksData.of(new double[] {5, 6}, new int[] {1, 0}),
                1,
                0.95,
                new double[] {1},
                Map.of(),
                "RELAPSE",
                "DIAGNOSIS",
                List.of(),
                Fixtures.provenance());

        assertThat(report.groups().get(0).landmarks()).containsExactly(new IncidenceLandmark(1, 0.0, 0.0, null, null));
    }
}
