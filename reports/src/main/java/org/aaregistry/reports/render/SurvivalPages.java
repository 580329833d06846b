package org.aaregistry.reports.render;

import java.util.ArrayList;
import java.util.List;
import org.aaregistry.reports.report.AtRisk;
import org.aaregistry.reports.report.Landmark;
import org.aaregistry.reports.report.LogRankSummary;
import org.aaregistry.reports.report.SurvivalGroup;
import org.aaregistry.reports.report.SurvivalReport;

/**
 * The printed survival report: Kaplan–Meier curves with censoring marks and the number at risk, the
 * medians, survival at the landmarks and the log-rank test.
 */
final class SurvivalPages {
    /** Footnote to the medians and landmarks table. */
    static final String NOTES = "NR: not reached. —: beyond the group's last follow-up. "
            + "Medians and limits as R's quantile.survfit; survival as summary.survfit.";

    private SurvivalPages() {}

    static PrintedReport of(SurvivalReport report) {
        PrintedReport printed = new PrintedReport(ClinicalTerms.endpoint(report.endpoint()), report.provenance())
                .header(
                        report.provenance(),
                        "Confidence intervals",
                        ClinicalTerms.interval(report.ci(), report.confidenceLevel()));
        printed.figure("Kaplan–Meier estimate by group", chart(report));
        table(printed, "Median and landmark survival by group", report);
        return printed.note("+: censored. " + NOTES);
    }

    /**
     * The medians and landmark survival per group and the log-rank test, as one table (continued in a
     * second block when there are more than three landmarks).
     */
    static void table(PrintedReport printed, String heading, SurvivalReport report) {
        List<String> columns = new ArrayList<>(List.of("Group", "Events / patients", "Median, days (95% CI)"));
        List<Double> times = report.groups().isEmpty()
                ? List.of()
                : report.groups().get(0).landmarks().stream()
                        .map(Landmark::time)
                        .toList();
        for (double t : times) {
            columns.add(PrintFormat.days(t) + " days, % (95% CI)");
        }
        List<List<String>> lines = new ArrayList<>();
        for (SurvivalGroup group : report.groups()) {
            List<String> line = new ArrayList<>(List.of(
                    group.name(),
                    group.events() + " / " + group.n(),
                    PrintFormat.medianDays(
                            group.median().estimate(),
                            group.median().lower(),
                            group.median().upper())));
            for (Landmark landmark : group.landmarks()) {
                line.add(PrintFormat.percentWithInterval(landmark.survival(), landmark.lower(), landmark.upper()));
            }
            lines.add(line);
        }
        printed.table(heading, columns, lines);
        LogRankSummary logRank = report.logRank();
        if (logRank != null) {
            printed.line("Log-rank test", logRankText(logRank));
        }
    }

    static String logRankText(LogRankSummary test) {
        return "χ² = " + PrintFormat.statistic(test.chiSquare()) + " on " + test.df() + " df, "
                + PrintFormat.pValue(test.p());
    }

    /**
     * The plot: one step curve per group, its time ticks at the report's number-at-risk times (and the
     * table under them) — or, without such times, ticks chosen for the follow-up and no table.
     */
    static StepChart chart(SurvivalReport report) {
        List<StepCurve> curves = new ArrayList<>();
        for (SurvivalGroup group : report.groups()) {
            curves.add(StepCurve.survival(group.name(), group.curve(), StepCurve.MAX_STEPS));
        }
        List<AtRisk> first =
                report.groups().isEmpty() ? List.of() : report.groups().get(0).atRisk();
        String timeLabel = ClinicalTerms.timeAxis(report.origin());
        String valueLabel = ClinicalTerms.endpointName(report.endpoint()) + ", probability";
        if (first.isEmpty()) {
            double end = curves.stream()
                    .filter(c -> c.vertices() > 0)
                    .mapToDouble(c -> c.x()[c.vertices() - 1])
                    .max()
                    .orElse(0);
            return new StepChart(timeLabel, valueLabel, curves, TimeTicks.covering(end), null);
        }
        double[] ticks = first.stream().mapToDouble(AtRisk::time).toArray();
        int[][] atRisk = new int[report.groups().size()][];
        for (int g = 0; g < atRisk.length; g++) {
            atRisk[g] =
                    report.groups().get(g).atRisk().stream().mapToInt(AtRisk::n).toArray();
        }
        return new StepChart(timeLabel, valueLabel, curves, ticks, atRisk);
    }
}
