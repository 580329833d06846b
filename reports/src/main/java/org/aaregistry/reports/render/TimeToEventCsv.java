package org.aaregistry.reports.render;

import org.aaregistry.reports.report.AtRisk;
import org.aaregistry.reports.report.CurvePoint;
import org.aaregistry.reports.report.Estimate;
import org.aaregistry.reports.report.GrayTestSummary;
import org.aaregistry.reports.report.IncidenceGroup;
import org.aaregistry.reports.report.IncidenceLandmark;
import org.aaregistry.reports.report.IncidencePoint;
import org.aaregistry.reports.report.IncidenceReport;
import org.aaregistry.reports.report.Landmark;
import org.aaregistry.reports.report.LogRankSummary;
import org.aaregistry.reports.report.SurvivalGroup;
import org.aaregistry.reports.report.SurvivalReport;

/**
 * CSV rows of the survival and cumulative incidence reports, one per group summary, median, landmark,
 * number at risk, curve point and test; the {@code section} column says which. An estimate of a group,
 * or of a curve point whose risk set, counts fewer than five patients is suppressed with the counts.
 */
final class TimeToEventCsv {
    static final String SURVIVAL_HEADER =
            "section,group,time,n,events,censored,estimate,std_err,lower,upper,statistic,df,p";
    static final String INCIDENCE_HEADER =
            "section,group,time,n,events,competing_events,estimate,std_err,lower,upper,statistic,df,p";

    private final SmallCounts counts;

    TimeToEventCsv(SmallCounts counts) {
        this.counts = counts;
    }

    /**
     * Sections {@code group} (n patients, events), {@code median}, {@code landmark}, {@code at_risk},
     * {@code curve} (n at risk, events, censored, estimate…) and {@code log_rank}.
     */
    CsvTable survival(SurvivalReport report) {
        CsvTable csv = new CsvTable(SURVIVAL_HEADER);
        for (SurvivalGroup group : report.groups()) {
            String name = group.name();
            row(csv, "group", name).set("n", counts.count(group.n())).set("events", counts.count(group.events()));
            Estimate median = group.median();
            estimate(row(csv, "median", name), group.n(), median.estimate(), null, median.lower(), median.upper());
            for (Landmark landmark : group.landmarks()) {
                CsvTable.Row row = row(csv, "landmark", name).number("time", landmark.time());
                estimate(row, group.n(), landmark.survival(), landmark.stdErr(), landmark.lower(), landmark.upper());
            }
            for (AtRisk atRisk : group.atRisk()) {
                row(csv, "at_risk", name).number("time", atRisk.time()).set("n", counts.count(atRisk.n()));
            }
            for (CurvePoint point : group.curve()) {
                CsvTable.Row row = row(csv, "curve", name)
                        .number("time", point.time())
                        .set("n", counts.count(point.atRisk()))
                        .set("events", counts.count(point.events()))
                        .set("censored", counts.count(point.censored()));
                estimate(row, point.atRisk(), point.survival(), point.stdErr(), point.lower(), point.upper());
            }
        }
        LogRankSummary logRank = report.logRank();
        if (logRank != null) {
            test(row(csv, "log_rank", null), logRank.chiSquare(), logRank.df(), logRank.p());
        }
        return csv;
    }

    /** Sections {@code group} (n, events, competing events), {@code landmark}, {@code curve}, {@code gray_test}. */
    CsvTable incidence(IncidenceReport report) {
        CsvTable csv = new CsvTable(INCIDENCE_HEADER);
        for (IncidenceGroup group : report.groups()) {
            String name = group.name();
            row(csv, "group", name)
                    .set("n", counts.count(group.n()))
                    .set("events", counts.count(group.events()))
                    .set("competing_events", counts.count(group.competingEvents()));
            for (IncidenceLandmark landmark : group.landmarks()) {
                CsvTable.Row row = row(csv, "landmark", name).number("time", landmark.time());
                estimate(row, group.n(), landmark.estimate(), landmark.stdErr(), landmark.lower(), landmark.upper());
            }
            for (IncidencePoint point : group.curve()) {
                CsvTable.Row row = row(csv, "curve", name).number("time", point.time());
                estimate(row, group.n(), point.estimate(), point.stdErr(), point.lower(), point.upper());
            }
        }
        GrayTestSummary gray = report.grayTest();
        if (gray != null) {
            test(row(csv, "gray_test", null), gray.statistic(), gray.df(), gray.p());
        }
        return csv;
    }

    /**
     * A transplant report's survival lines, in its table's columns: per group the events ({@code n}
     * patients, {@code count} events), the median and the landmarks, then the log-rank test.
     */
    void survivalSummary(CsvTable csv, String section, SurvivalReport report) {
        for (SurvivalGroup group : report.groups()) {
            Estimate median = group.median();
            csv.row()
                    .set("section", section)
                    .set("variable", "events")
                    .text("group", group.name())
                    .set("n", counts.count(group.n()))
                    .set("count", counts.count(group.events()));
            limits(
                    csv.row().set("section", section).set("variable", "median").text("group", group.name()),
                    group.n(),
                    median.estimate(),
                    median.lower(),
                    median.upper());
            for (Landmark landmark : group.landmarks()) {
                CsvTable.Row row = csv.row()
                        .set("section", section)
                        .set("variable", "landmark")
                        .text("group", group.name())
                        .number("time", landmark.time());
                limits(row, group.n(), landmark.survival(), landmark.lower(), landmark.upper());
            }
        }
        LogRankSummary logRank = report.logRank();
        if (logRank != null) {
            test(
                    csv.row().set("section", section).set("variable", "log_rank"),
                    logRank.chiSquare(),
                    logRank.df(),
                    logRank.p());
        }
    }

    private static CsvTable.Row row(CsvTable csv, String section, String group) {
        return csv.row().set("section", section).text("group", group);
    }

    /** An estimate with its standard error and limits, suppressed with the count it rests on. */
    private void estimate(CsvTable.Row row, int basis, Double estimate, Double stdErr, Double lower, Double upper) {
        limits(row, basis, estimate, lower, upper);
        row.set("std_err", counts.derived(stdErr, basis));
    }

    private void limits(CsvTable.Row row, int basis, Double estimate, Double lower, Double upper) {
        row.set("estimate", counts.derived(estimate, basis))
                .set("lower", counts.derived(lower, basis))
                .set("upper", counts.derived(upper, basis));
    }

    private static void test(CsvTable.Row row, double statistic, int df, double p) {
        row.number("statistic", statistic).set("df", Integer.toString(df)).number("p", p);
    }
}
