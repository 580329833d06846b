package org.aaregistry.reports.render;

import java.util.ArrayList;
import java.util.List;
import org.aaregistry.reports.report.Estimate;
import org.aaregistry.reports.report.ResponseAtTimePoint;
import org.aaregistry.reports.report.ResponseGroup;
import org.aaregistry.reports.report.ResponseReport;

/** The printed response report: one table per group, a line per time point and best response. */
final class ResponsePages {
    private ResponsePages() {}

    static PrintedReport of(ResponseReport report) {
        PrintedReport printed = new PrintedReport(
                        "Hematologic response (" + report.ruleSet() + " criteria)", report.provenance())
                .header(
                        report.provenance(),
                        "Response categories",
                        report.provenance().responseRuleSet() == null
                                ? "derived under rule set " + report.ruleSet()
                                : null);
        List<String> columns = List.of(
                "Time point",
                "Evaluable / patients",
                "CR, n",
                "PR, n",
                "Overall response (CR + PR), % (95% CI)",
                "Complete response, % (95% CI)");
        for (ResponseGroup group : report.groups()) {
            List<List<String>> lines = new ArrayList<>();
            for (ResponseAtTimePoint point : group.timePoints()) {
                lines.add(List.of(
                        ClinicalTerms.timePoint(point.timePoint()),
                        point.evaluable() + " / " + point.n(),
                        Integer.toString(point.cr()),
                        Integer.toString(point.pr()),
                        rate(point.orr()),
                        rate(point.crRate())));
            }
            printed.table(group.name() + " (n = " + group.n() + ")", columns, lines);
        }
        return printed.note("Rates over evaluable patients, with Wilson score 95% intervals. Not evaluable: no "
                + "qualifying blood counts in the window, or transplanted before the time point.");
    }

    private static String rate(Estimate rate) {
        return PrintFormat.percentWithInterval(rate.estimate(), rate.lower(), rate.upper());
    }
}
