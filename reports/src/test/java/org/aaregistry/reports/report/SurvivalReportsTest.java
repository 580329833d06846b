package org.aaregistry.reports.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.aaregistry.reports.reference.ReferenceCsv;
import org.aaregistry.reports.reference.ReferenceCsv.Row;
import org.aaregistry.reports.reference.ReferenceData;
import org.aaregistry.reports.reference.ReferenceJson;
import org.aaregistry.reports.survival.ConfidenceInterval;
import org.aaregistry.reports.survival.SurvivalData;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.Test;

/** The survival report of survival::aml by maintenance against R's survfit, summary, quantile and survdiff. */
class SurvivalReportsTest {
    private static final double TOLERANCE = 1e-9;
    private static final double[] LANDMARKS = {1, 12, 30, 161, 200};
    private static final double[] AT_RISK = {0, 13, 46, 200};

    private static SurvivalReport aml() {
        return SurvivalReports.build(
                ReferenceData.amlByMaintenance(),
                ConfidenceInterval.LOG,
                0.95,
                LANDMARKS,
                AT_RISK,
                Map.of("site", "SITE-A"),
                "OS",
                "DIAGNOSIS",
                Fixtures.provenance());
    }

    @Test
    void groupsKeepTheDataOrderWithTheirPatientsAndEvents() {
        SurvivalReport report = aml();

        assertThat(report.groups()).extracting(SurvivalGroup::name).isEqualTo(ReferenceData.AML_GROUPS);
        assertThat(report.groups()).extracting(SurvivalGroup::n).containsExactly(11, 12);
        assertThat(report.groups()).extracting(SurvivalGroup::events).containsExactly(7, 11);
    }

    @Test
    void curveHasOnePointPerDistinctTimeEqualToSurvfit() {
        ReferenceCsv reference = ReferenceCsv.read("aml_by_x_km.csv");
        SoftAssertions softly = new SoftAssertions();
        for (SurvivalGroup group : aml().groups()) {
            List<Row> rows = reference.rows(
                    r -> r.text("conf_type").equals("log") && r.text("strata").equals(group.name()));
            assertThat(group.curve()).as(group.name()).hasSameSizeAs(rows);
            for (int i = 0; i < rows.size(); i++) {
                CurvePoint point = group.curve().get(i);
                Row r = rows.get(i);
                String at = group.name() + " t=" + point.time() + " ";
                softly.assertThat(point.time()).as(at + "time").isEqualTo(r.real("time"));
                softly.assertThat(point.atRisk()).as(at + "n.risk").isEqualTo(r.integer("n_risk"));
                softly.assertThat(point.events()).as(at + "n.event").isEqualTo(r.integer("n_event"));
                softly.assertThat(point.censored()).as(at + "n.censor").isEqualTo(r.integer("n_censor"));
                softly.assertThat(point.survival()).as(at + "surv").isCloseTo(r.real("surv"), within(TOLERANCE));
                expectSame(softly, at + "std.err of S", point.stdErr(), Fixtures.orNull(r.number("se_S")));
                expectSame(softly, at + "lower", point.lower(), Fixtures.orNull(r.number("lower95")));
                expectSame(softly, at + "upper", point.upper(), Fixtures.orNull(r.number("upper95")));
            }
        }
        softly.assertAll();
    }

    @Test
    void medianAndItsLimitsEqualQuantileSurvfitWithNullWhereNotReached() {
        ReferenceCsv reference = ReferenceCsv.read("aml_by_x_quantiles.csv");
        for (SurvivalGroup group : aml().groups()) {
            Row r = reference
                    .rows(row -> row.text("conf_type").equals("log")
                            && row.text("strata").equals(group.name()))
                    .get(0);
            assertThat(group.median())
                    .as(group.name())
                    .isEqualTo(new Estimate(
                            Fixtures.orNull(r.number("median")),
                            Fixtures.orNull(r.number("median_lower")),
                            Fixtures.orNull(r.number("median_upper"))));
        }
        assertThat(aml().groups().get(0).median()).isEqualTo(new Estimate(31.0, 18.0, null));
    }

    @Test
    void landmarksEqualSummarySurvfitAndAreNullAfterTheLastFollowUp() {
        SurvivalGroup maintained = aml().groups().get(0);

        assertThat(maintained.landmarks()).extracting(Landmark::time).containsExactly(1.0, 12.0, 30.0, 161.0, 200.0);
        // before the first event: S = 1 with no error, as summary(fit, times = 1)
        assertThat(maintained.landmarks().get(0)).isEqualTo(new Landmark(1, 1.0, 0.0, 1.0, 1.0));
        // at 12 and 30 weeks: the rows at 9 and 28
        expectLandmark(maintained.landmarks().get(1), 0.909090909090909, 0.0866784172041448, 0.754133845081525, 1);
        expectLandmark(
                maintained.landmarks().get(2),
                0.613636363636364,
                0.152632331027312,
                0.37686705950168,
                0.999157600228473);
        // at the last follow-up itself, still reported
        expectLandmark(
                maintained.landmarks().get(3),
                0.184090909090909,
                0.153492745786294,
                0.0359178984891853,
                0.943525769474552);
        assertThat(maintained.landmarks().get(4)).isEqualTo(new Landmark(200, null, null, null, null));
    }

    @Test
    void logRankEqualsSurvdiff() {
        Map<String, Object> expected = ReferenceJson.at(ReferenceJson.read("aml_tests.json"), "logrank");

        LogRankSummary logRank = aml().logRank();

        assertThat(logRank.chiSquare()).isCloseTo(ReferenceJson.<Double>at(expected, "chisq"), within(TOLERANCE));
        assertThat(logRank.df()).isEqualTo(1);
        assertThat(logRank.p()).isCloseTo(ReferenceJson.<Double>at(expected, "p"), within(TOLERANCE));
    }

    @Test
    void numberAtRiskCountsPatientsFollowedAtLeastThatLong() {
        List<SurvivalGroup> groups = aml().groups();

        assertThat(groups.get(0).atRisk())
                .containsExactly(new AtRisk(0, 11), new AtRisk(13, 10), new AtRisk(46, 2), new AtRisk(200, 0));
        // Nonmaintained: 16, 23, 27, 30, 33, 43 and 45 weeks are at or after 13
        assertThat(groups.get(1).atRisk()).extracting(AtRisk::n).containsExactly(12, 7, 0, 0);
    }

    @Test
    void curveReachingZeroHasNullErrorAndLimitsNeverNaN() {
        CurvePoint last = aml().groups().get(1).curve().getLast();

        assertThat(last.survival()).isZero();
        assertThat(last.stdErr()).isNull();
        assertThat(last.lower()).isNull();
        assertThat(last.upper()).isNull();
    }

    @Test
    void oneGroupHasNoLogRank() {
        SurvivalReport report = SurvivalReports.build(
                ReferenceData.aml(),
                ConfidenceInterval.LOG,
                0.95,
                LANDMARKS,
                AT_RISK,
                Map.of(),
                "OS",
                "DIAGNOSIS",
                Fixtures.provenance());

        assertThat(report.groups()).extracting(SurvivalGroup::name).containsExactly(SurvivalData.ALL);
        assertThat(report.logRank()).isNull();
    }

    @Test
    void groupWithoutEventsStaysAtOneWithMedianNotReached() {
        SurvivalData data = SurvivalData.of(
                new double[] {3, 5, 8, 4, 6, 9},
                new boolean[] {true, true, false, false, false, false},
                new int[] {0, 0, 0, 1, 1, 1},
                List.of("A", "B"));

        SurvivalGroup b = SurvivalReports.build(
                        data,
                        ConfidenceInterval.LOG,
                        0.95,
                        new double[] {5},
                        new double[0],
                        Map.of(),
                        "OS",
                        "DIAGNOSIS",
                        Fixtures.provenance())
                .groups()
                .get(1);

        assertThat(b.events()).isZero();
        assertThat(b.median()).isEqualTo(new Estimate(null, null, null));
        assertThat(b.landmarks()).containsExactly(new Landmark(5, 1.0, 0.0, 1.0, 1.0));
        assertThat(b.curve()).extracting(CurvePoint::survival).containsOnly(1.0);
    }

    @Test
    void groupWithoutPatientsIsEmptyWithEveryEstimateNull() {
        SurvivalData data = SurvivalData.of(
                new double[] {3, 5, 8}, new boolean[] {true, true, false}, new int[] {0, 0, 0}, List.of("A", "B"));

        SurvivalReport report = SurvivalReports.build(
                data,
                ConfidenceInterval.LOG,
                0.95,
                new double[] {5},
                new double[] {0},
                Map.of(),
                "OS",
                "DIAGNOSIS",
                Fixtures.provenance());

        SurvivalGroup b = report.groups().get(1);
        assertThat(b.n()).isZero();
        assertThat(b.curve()).isEmpty();
        assertThat(b.median()).isEqualTo(new Estimate(null, null, null));
        assertThat(b.landmarks()).containsExactly(new Landmark(5, null, null, null, null));
        assertThat(b.atRisk()).containsExactly(new AtRisk(0, 0));
        assertThat(report.logRank()).as("nothing to compare against").isNull();
    }

    @Test
    void cohortKeepsTheCallersFiltersInOrderAndCountsThePatients() {
        Map<String, Object> filters = new LinkedHashMap<>();
        filters.put("site", "SITE-A");
        filters.put("n", 999);
        filters.put("severity", List.of("SAA", "VSAA"));

        SurvivalReport report = SurvivalReports.build(
                ReferenceData.amlByMaintenance(),
                ConfidenceInterval.LOG_LOG,
                0.9,
                LANDMARKS,
                AT_RISK,
                filters,
                "EFS",
                "FIRST_LINE_START",
                Fixtures.provenance());

        assertThat(report.cohort())
                .containsExactly(
                        Map.entry("site", "SITE-A"), Map.entry("severity", List.of("SAA", "VSAA")), Map.entry("n", 23));
        assertThat(report.ci()).isEqualTo("LOG_LOG");
        assertThat(report.confidenceLevel()).isEqualTo(0.9);
        assertThat(report.endpoint()).isEqualTo("EFS");
        assertThat(report.origin()).isEqualTo("FIRST_LINE_START");
        assertThat(report.provenance()).isEqualTo(Fixtures.provenance());
    }

    private static void expectLandmark(Landmark landmark, double survival, double stdErr, double lower, double upper) {
        assertThat(landmark.survival()).isCloseTo(survival, within(TOLERANCE));
        assertThat(landmark.stdErr()).isCloseTo(stdErr, within(TOLERANCE));
        assertThat(landmark.lower()).isCloseTo(lower, within(TOLERANCE));
        assertThat(landmark.upper()).isCloseTo(upper, within(TOLERANCE));
    }

    private static void expectSame(SoftAssertions softly, String what, Double actual, Double expected) {
        if (expected == null) {
            softly.assertThat(actual).as(what).isNull();
        } else {
            softly.assertThat(actual).as(what).isNotNull();
            if (actual != null) {
                softly.assertThat(actual).as(what).isCloseTo(expected, within(TOLERANCE));
            }
        }
    }
}
