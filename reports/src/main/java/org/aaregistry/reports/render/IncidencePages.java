package org.aaregistry.reports.render;

import java.util.ArrayList;
import java.util.List;
import org.aaregistry.reports.report.GrayTestSummary;
import org.aaregistry.reports.report.IncidenceGroup;
import org.aaregistry.reports.report.IncidenceLandmark;
import org.aaregistry.reports.report.IncidenceReport;

/**
 * The printed cumulative incidence report: curves per group, events and competing events, the
 * incidence at the landmarks and Gray's test, with the competing events named in the header.
 */
final class IncidencePages {
    private IncidencePages() {}

    static PrintedReport of(IncidenceReport report) {
        String event = ClinicalTerms.words(report.event());
        String competing = report.competingEvents().isEmpty()
                ? "none"
                : String.join(
                        ", ",
                        report.competingEvents().stream()
                                .map(ClinicalTerms::words)
                                .toList());
        PrintedReport printed = new PrintedReport("Cumulative incidence of " + event, report.provenance())
                .header(
                        report.provenance(),
                        "Event of interest",
                        event,
                        "Competing events",
                        competing,
                        "Confidence intervals",
                        PrintFormat.decimal(100 * report.confidenceLevel(), 0)
                                + "% pointwise, log(−log) transformation");
        printed.figure("Cumulative incidence by group (Aalen–Johansen)", chart(report));
        printed.table("Events by group", eventColumns(), eventLines(report));
        GrayTestSummary gray = report.grayTest();
        if (gray != null) {
            printed.line(
                    "Gray's test",
                    "χ² = " + PrintFormat.statistic(gray.statistic()) + " on " + gray.df() + " df, "
                            + PrintFormat.pValue(gray.p()));
        }
        landmarks(printed, report);
        return printed.note("Competing events (" + competing + ") are not treated as censoring. "
                + "—: beyond the group's last follow-up. Estimates and variances as R's cmprsk::cuminc.");
    }

    private static List<String> eventColumns() {
        return List.of("Group", "Patients", "Events", "Competing events");
    }

    private static List<List<String>> eventLines(IncidenceReport report) {
        List<List<String>> lines = new ArrayList<>();
        for (IncidenceGroup group : report.groups()) {
            lines.add(List.of(
                    group.name(),
                    Integer.toString(group.n()),
                    Integer.toString(group.events()),
                    Integer.toString(group.competingEvents())));
        }
        return lines;
    }

    private static void landmarks(PrintedReport printed, IncidenceReport report) {
        if (report.groups().isEmpty() || report.groups().get(0).landmarks().isEmpty()) {
            return;
        }
        List<String> columns = new ArrayList<>(List.of("Group"));
        for (IncidenceLandmark landmark : report.groups().get(0).landmarks()) {
            columns.add(PrintFormat.days(landmark.time()) + " days, % (95% CI)");
        }
        List<List<String>> lines = new ArrayList<>();
        for (IncidenceGroup group : report.groups()) {
            List<String> line = new ArrayList<>(List.of(group.name()));
            for (IncidenceLandmark landmark : group.landmarks()) {
                line.add(PrintFormat.percentWithInterval(landmark.estimate(), landmark.lower(), landmark.upper()));
            }
            lines.add(line);
        }
        printed.table("Cumulative incidence at landmarks", columns, lines);
    }

    /**
     * The curves, each drawn to the latest landmark at which it is still estimable (the record carries
     * the event times, not the last follow-up).
     */
    static StepChart chart(IncidenceReport report) {
        List<StepCurve> curves = new ArrayList<>();
        double end = 0;
        for (IncidenceGroup group : report.groups()) {
            double estimable = group.landmarks().stream()
                    .filter(l -> l.estimate() != null)
                    .mapToDouble(IncidenceLandmark::time)
                    .max()
                    .orElse(0);
            StepCurve curve = StepCurve.incidence(group.name(), group.curve(), estimable, StepCurve.MAX_STEPS);
            curves.add(curve);
            end = Math.max(end, curve.x()[curve.vertices() - 1]);
        }
        return new StepChart(
                ClinicalTerms.timeAxis(report.origin()), "Cumulative incidence", curves, TimeTicks.covering(end), null);
    }
}
