package org.aaregistry.reports.render;

import java.util.List;
import org.aaregistry.reports.report.CohortSummaryReport;
import org.aaregistry.reports.report.IncidenceReport;
import org.aaregistry.reports.report.Report;
import org.aaregistry.reports.report.ResponseAtTimePoint;
import org.aaregistry.reports.report.ResponseGroup;
import org.aaregistry.reports.report.ResponseReport;
import org.aaregistry.reports.report.SummaryCell;
import org.aaregistry.reports.report.SummaryRow;
import org.aaregistry.reports.report.SurvivalReport;
import org.aaregistry.reports.report.TransplantReport;

/**
 * Renders reports as CSV for analysis elsewhere: one row per curve point, landmark, table cell or test,
 * full precision, the layout of each report type fixed by its header line (see the {@code HEADER}
 * constants here and in {@link TimeToEventCsv}).
 *
 * <p>With {@code suppressSmallCounts}, cells counting fewer than five patients and the values derived
 * from them are shown as {@code <5} (see {@link SmallCounts}); the API turns it off only for the
 * coordinator of the cohort's site.
 */
public final class CsvRenderer implements ReportRenderer {
    static final String RESPONSE_HEADER = "group,time_point,n,evaluable,cr,pr,nr,not_assessable,"
            + "orr,orr_lower,orr_upper,cr_rate,cr_rate_lower,cr_rate_upper";
    static final String SUMMARY_HEADER = "variable,level,unit,group,n,count,percent,median,q1,q3";
    static final String TRANSPLANT_HEADER = "section,variable,level,unit,group,n,count,percent,median,q1,q3,"
            + "time,estimate,lower,upper,statistic,df,p";

    private final SmallCounts counts;

    /** @param suppressSmallCounts whether to show counts below five, and what derives from them, as {@code <5} */
    public CsvRenderer(boolean suppressSmallCounts) {
        this.counts = new SmallCounts(suppressSmallCounts);
    }

    @Override
    public String mediaType() {
        return "text/csv; charset=UTF-8";
    }

    @Override
    public byte[] render(Report report) {
        TimeToEventCsv timeToEvent = new TimeToEventCsv(counts);
        CsvTable table = switch (report) {
            case SurvivalReport survival -> timeToEvent.survival(survival);
            case IncidenceReport incidence -> timeToEvent.incidence(incidence);
            case ResponseReport response -> response(response);
            case CohortSummaryReport summary -> summary(summary.groups(), summary.rows());
            case TransplantReport transplant -> transplant(transplant, timeToEvent);
        };
        return table.bytes();
    }

    private CsvTable response(ResponseReport report) {
        CsvTable csv = new CsvTable(RESPONSE_HEADER);
        for (ResponseGroup group : report.groups()) {
            for (ResponseAtTimePoint point : group.timePoints()) {
                int responders = point.cr() + point.pr();
                csv.row()
                        .text("group", group.name())
                        .set("time_point", point.timePoint())
                        .set("n", counts.count(point.n()))
                        .set("evaluable", counts.count(point.evaluable()))
                        .set("cr", counts.count(point.cr()))
                        .set("pr", counts.count(point.pr()))
                        .set("nr", counts.count(point.nr()))
                        .set("not_assessable", counts.count(point.notAssessable()))
                        .set("orr", counts.derived(point.orr().estimate(), responders, point.evaluable()))
                        .set("orr_lower", counts.derived(point.orr().lower(), responders, point.evaluable()))
                        .set("orr_upper", counts.derived(point.orr().upper(), responders, point.evaluable()))
                        .set("cr_rate", counts.derived(point.crRate().estimate(), point.cr(), point.evaluable()))
                        .set("cr_rate_lower", counts.derived(point.crRate().lower(), point.cr(), point.evaluable()))
                        .set("cr_rate_upper", counts.derived(point.crRate().upper(), point.cr(), point.evaluable()));
            }
        }
        return csv;
    }

    /**
     * The outcome table's cells (section {@code outcome}), then OS and GRFS per group (sections {@code
     * overall_survival} and {@code grfs}: variables {@code events}, {@code median}, {@code landmark},
     * {@code log_rank}).
     */
    private CsvTable transplant(TransplantReport report, TimeToEventCsv timeToEvent) {
        CsvTable csv = new CsvTable(TRANSPLANT_HEADER);
        for (SummaryRow row : report.outcomes()) {
            for (int g = 0; g < report.groups().size(); g++) {
                summaryCell(
                        csv.row().set("section", "outcome"),
                        row,
                        report.groups().get(g),
                        row.cells().get(g));
            }
        }
        timeToEvent.survivalSummary(csv, "overall_survival", report.overallSurvival());
        timeToEvent.survivalSummary(csv, "grfs", report.grfs());
        return csv;
    }

    /** One row per (line, group) cell of a descriptive table. */
    CsvTable summary(List<String> groups, List<SummaryRow> rows) {
        CsvTable csv = new CsvTable(SUMMARY_HEADER);
        for (SummaryRow row : rows) {
            for (int g = 0; g < groups.size(); g++) {
                summaryCell(csv.row(), row, groups.get(g), row.cells().get(g));
            }
        }
        return csv;
    }

    /** Fills the descriptive-table columns of a row; shared with the transplant outcomes. */
    void summaryCell(CsvTable.Row csv, SummaryRow row, String group, SummaryCell cell) {
        int count = cell.count() == null ? cell.n() : cell.count();
        csv.text("variable", row.variable())
                .text("level", row.level())
                .text("unit", row.unit())
                .text("group", group)
                .set("n", counts.count(cell.n()))
                .set("count", counts.count(cell.count()))
                .set("percent", counts.derived(cell.percent(), count, cell.n()))
                .set("median", counts.derived(cell.median(), cell.n()))
                .set("q1", counts.derived(cell.q1(), cell.n()))
                .set("q3", counts.derived(cell.q3(), cell.n()));
    }
}
