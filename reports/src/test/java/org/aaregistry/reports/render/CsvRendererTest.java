package org.aaregistry.reports.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.aaregistry.reports.reference.ReferenceData;
import org.aaregistry.reports.report.CurvePoint;
import org.aaregistry.reports.report.Report;
import org.aaregistry.reports.report.ResponseReport;
import org.aaregistry.reports.report.ResponseReports;
import org.aaregistry.reports.report.SummaryTables;
import org.aaregistry.reports.report.SurvivalReport;
import org.aaregistry.reports.report.SurvivalReports;
import org.aaregistry.reports.sample.SampleReports;
import org.aaregistry.reports.survival.ConfidenceInterval;
import org.junit.jupiter.api.Test;

class CsvRendererTest {
    private static final CsvRenderer SUPPRESSING = new CsvRenderer(true);
    private static final CsvRenderer FULL = new CsvRenderer(false);

    private static SurvivalReport aml() {
        return SurvivalReports.build(
                ReferenceData.amlByMaintenance(),
                ConfidenceInterval.LOG,
                0.95,
                new double[] {12, 200},
                new double[] {0, 50},
                Map.of(),
                "OS",
                "DIAGNOSIS",
                SampleReports.provenance(null, null, List.of(), null));
    }

    private static List<String> lines(CsvRenderer renderer, Report report) {
        String csv = new String(renderer.render(report), StandardCharsets.UTF_8);
        assertThat(csv).endsWith("\r\n").doesNotContain("\n\n");
        return List.of(csv.split("\r\n"));
    }

    private static String field(String line, int index) {
        return line.split(",", -1)[index];
    }

    @Test
    void survivalCsvHasOneRowPerGroupMedianLandmarkNumberAtRiskCurvePointAndTheTest() {
        SurvivalReport report = aml();

        List<String> lines = lines(FULL, report);

        assertThat(lines.get(0))
                .isEqualTo("section,group,time,n,events,censored,estimate,std_err,lower,upper,statistic,df,p");
        int curvePoints =
                report.groups().stream().mapToInt(g -> g.curve().size()).sum();
        assertThat(lines).hasSize(1 + 2 * (1 + 1 + 2 + 2) + curvePoints + 1);
        assertThat(lines.get(1)).isEqualTo("group,x=Maintained,,11,7,,,,,,,,");
        assertThat(lines.get(2)).isEqualTo("median,x=Maintained,,,,,31,,18,,,,");
        CurvePoint second = report.groups().get(0).curve().get(1);
        assertThat(lines)
                .contains("curve,x=Maintained,13,10,1,1," + second.survival() + "," + second.stdErr() + ","
                        + second.lower() + ",1,,,");
        assertThat(lines.getLast())
                .startsWith("log_rank,,,,,,,,,," + report.logRank().chiSquare() + ",1,");
    }

    @Test
    void numbersKeepFullPrecisionSoTheyMatchTheJson() {
        SurvivalReport report = aml();
        CurvePoint point = report.groups().get(1).curve().get(0);

        String line = lines(FULL, report).stream()
                .filter(l -> l.startsWith("curve,x=Nonmaintained,5,"))
                .findFirst()
                .orElseThrow();

        assertThat(Double.parseDouble(field(line, 6))).isEqualTo(point.survival());
        assertThat(Double.parseDouble(field(line, 7))).isEqualTo(point.stdErr());
        assertThat(Double.parseDouble(field(line, 8))).isEqualTo(point.lower());
    }

    @Test
    void countsBelowFiveAndTheEstimatesOfSuchRiskSetsShowAsLessThanFive() {
        List<String> lines = lines(SUPPRESSING, aml());

        assertThat(lines).contains("group,x=Maintained,,11,7,,,,,,,,");
        // 9 weeks: 11 at risk, 1 event, none censored
        assertThat(lines).anySatisfy(l -> assertThat(l).startsWith("curve,x=Maintained,9,11,<5,<5,0.909"));
        // 34 weeks: 4 at risk, so the estimate goes with the count
        assertThat(lines).contains("curve,x=Maintained,34,<5,<5,<5,<5,<5,<5,<5,,,");
        assertThat(lines).contains("at_risk,x=Maintained,50,<5,,,,,,,,,");
    }

    @Test
    void withoutSuppressionEveryCountIsShown() {
        List<String> lines = lines(FULL, aml());

        assertThat(lines).contains("at_risk,x=Maintained,50,1,,,,,,,,,");
        assertThat(lines).anySatisfy(l -> assertThat(l).startsWith("curve,x=Maintained,34,4,1,0,0.368"));
    }

    @Test
    void responseCsvSuppressesSmallCountsZeroIncludedAndTheRatesTheyDerive() {
        // 8 patients: 0 CR, 3 PR, 5 NR at 3 months; 6 CR, 1 PR, 1 NR at best
        byte[][] categories = {
            {2, 2, 2, 1, 1, 1, 1, 1}, {0, 0, 0, 0, 0, 0, 0, 0}, {0, 0, 0, 0, 0, 0, 0, 0}, {3, 3, 3, 3, 3, 3, 2, 1}
        };
        ResponseReport report = ResponseReports.build(
                List.of("A"),
                new int[8],
                categories,
                Map.of(),
                "NIH",
                SampleReports.provenance(null, null, List.of(), "NIH"));

        List<String> suppressed = lines(SUPPRESSING, report);
        List<String> full = lines(FULL, report);

        assertThat(suppressed.get(0))
                .isEqualTo("group,time_point,n,evaluable,cr,pr,nr,not_assessable,orr,orr_lower,"
                        + "orr_upper,cr_rate,cr_rate_lower,cr_rate_upper");
        assertThat(suppressed.get(1)).isEqualTo("A,MONTH_3,8,8,<5,<5,5,<5,<5,<5,<5,<5,<5,<5");
        assertThat(suppressed.get(2)).isEqualTo("A,MONTH_6,8,<5,<5,<5,<5,8,,,,,,");
        assertThat(suppressed.get(4)).startsWith("A,BEST,8,8,6,<5,<5,<5,0.875,").contains(",0.75,");
        assertThat(full.get(1)).startsWith("A,MONTH_3,8,8,0,3,5,0,0.375,");
    }

    @Test
    void summaryCsvHasOneRowPerCellWithPercentSuppressedWithItsCount() {
        SummaryTables table = SummaryTables.byGroup(List.of("A", "B"), new int[] {0, 0, 0, 0, 0, 0, 1, 1})
                .categorical("Sex", List.of("M", "F"), new int[] {0, 0, 0, 0, 0, 1, 1, 1})
                .numeric("Age", "years", new double[] {20, 30, 40, 50, 60, 70, 35, 45});
        Report report = table.report(Map.of(), SampleReports.provenance(null, null, List.of(), null));

        List<String> lines = lines(SUPPRESSING, report);

        assertThat(lines.get(0)).isEqualTo("variable,level,unit,group,n,count,percent,median,q1,q3");
        assertThat(lines).hasSize(1 + 4 * 3);
        assertThat(lines)
                .contains(
                        "Patients,n,,A,6,6,,,,",
                        "Sex,M,,A,6,5,83.33333333333333,,,",
                        "Sex,F,,A,6,<5,<5,,,",
                        "Sex,F,,B,<5,<5,<5,,,",
                        "Age,median (IQR),years,A,6,,,45,32.5,57.5",
                        "Age,median (IQR),years,B,<5,,,<5,<5,<5");
    }

    @Test
    void incidenceAndTransplantCsvHaveTheirHeaders() {
        assertThat(lines(FULL, SampleReports.incidence(50, 1)).get(0))
                .isEqualTo("section,group,time,n,events,competing_events,estimate,std_err,lower,upper,statistic,df,p");
        List<String> transplant = lines(SUPPRESSING, SampleReports.transplant(60, 1));
        assertThat(transplant.get(0))
                .isEqualTo("section,variable,level,unit,group,n,count,percent,median,q1,q3,"
                        + "time,estimate,lower,upper,statistic,df,p");
        assertThat(transplant).anySatisfy(l -> assertThat(l).startsWith("outcome,Acute GVHD grade III–IV,yes,,MSD,"));
        assertThat(transplant).anySatisfy(l -> assertThat(l).startsWith("grfs,landmark,,,HAPLO,,,,,,,365,"));
        assertThat(transplant).anySatisfy(l -> assertThat(l).startsWith("overall_survival,log_rank,"));
    }

    @Test
    void labelsAreQuotedWhenNeededAndDefusedWhenTheyLookLikeFormulas() {
        SummaryTables table = SummaryTables.byGroup(List.of("=HYPERLINK(\"x\")", "a, b"), new int[] {0, 1});
        Report report = table.report(Map.of(), SampleReports.provenance(null, null, List.of(), null));

        List<String> lines = lines(FULL, report);

        assertThat(lines).contains("Patients,n,,\"'=HYPERLINK(\"\"x\"\")\",1,1,,,,", "Patients,n,,\"a, b\",1,1,,,,");
        assertThat(CsvTable.text("+1 555")).isEqualTo("'+1 555");
        assertThat(CsvTable.text("-")).isEqualTo("'-");
        assertThat(CsvTable.text("@SUM(A1)")).isEqualTo("'@SUM(A1)");
        assertThat(CsvTable.text("MSD")).isEqualTo("MSD");
    }

    @Test
    void mediaTypeIsUtf8Csv() {
        assertThat(FULL.mediaType()).isEqualTo("text/csv; charset=UTF-8");
    }
}
