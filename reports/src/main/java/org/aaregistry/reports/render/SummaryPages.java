package org.aaregistry.reports.render;

import java.util.ArrayList;
import java.util.List;
import org.aaregistry.reports.report.CohortSummaryReport;
import org.aaregistry.reports.report.SummaryCell;
import org.aaregistry.reports.report.SummaryRow;
import org.aaregistry.reports.report.SummaryTables;
import org.aaregistry.reports.report.TransplantReport;

/**
 * The printed descriptive tables: the cohort's baseline table, and the transplant report's outcome
 * table with OS and GRFS by group. A categorical variable prints as its name over one indented line per
 * category, "count (percent)"; a numeric one as a single "median (IQR)" line.
 */
final class SummaryPages {
    private static final String INDENT = "    ";

    private SummaryPages() {}

    static PrintedReport of(CohortSummaryReport report) {
        PrintedReport printed = new PrintedReport("Cohort summary: baseline characteristics", report.provenance())
                .header(report.provenance());
        printed.table("Baseline characteristics by group", columns(report.groups()), lines(report.rows()));
        return printed.note("Categories: n (% of patients with a known value). Numeric: median (interquartile "
                + "range, R quantile type 7). Missing: n (% of the group).");
    }

    static PrintedReport of(TransplantReport report) {
        String grouping = ClinicalTerms.grouping(report.groupBy());
        PrintedReport printed = new PrintedReport("Transplant outcomes by " + grouping, report.provenance())
                .header(report.provenance());
        printed.table("Outcomes by " + grouping, columns(report.groups()), lines(report.outcomes()));
        SurvivalPages.table(printed, "Overall survival from transplant", report.overallSurvival());
        SurvivalPages.table(printed, "GVHD-free, graft failure-free survival (GRFS)", report.grfs());
        return printed.note(
                "Outcomes: n (% of patients with a known value), crude proportions. " + SurvivalPages.NOTES);
    }

    private static List<String> columns(List<String> groups) {
        List<String> columns = new ArrayList<>(List.of("Characteristic"));
        columns.addAll(groups);
        return columns;
    }

    static List<List<String>> lines(List<SummaryRow> rows) {
        List<List<String>> lines = new ArrayList<>();
        String variable = null;
        for (SummaryRow row : rows) {
            boolean numeric = row.level().equals(SummaryTables.MEDIAN_IQR);
            boolean sameVariable = row.variable().equals(variable);
            variable = row.variable();
            if (numeric || row.variable().equals(SummaryTables.PATIENTS)) {
                lines.add(line(label(row), row.cells(), numeric));
                continue;
            }
            if (!sameVariable) {
                List<String> heading = new ArrayList<>(List.of(row.variable()));
                row.cells().forEach(c -> heading.add(""));
                lines.add(heading);
            }
            lines.add(line(INDENT + row.level(), row.cells(), false));
        }
        return lines;
    }

    private static String label(SummaryRow row) {
        if (row.variable().equals(SummaryTables.PATIENTS)) {
            return "Patients, n";
        }
        return row.variable() + (row.unit() == null ? "" : ", " + row.unit()) + ", " + row.level();
    }

    private static List<String> line(String label, List<SummaryCell> cells, boolean numeric) {
        List<String> line = new ArrayList<>(List.of(label));
        for (SummaryCell cell : cells) {
            line.add(
                    numeric
                            ? PrintFormat.medianWithQuartiles(cell.median(), cell.q1(), cell.q3())
                            : PrintFormat.countWithPercent(cell.count(), cell.percent()));
        }
        return line;
    }
}
