package org.aaregistry.reports.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;
import org.aaregistry.reports.report.CohortSummaryReport;
import org.aaregistry.reports.report.IncidenceReport;
import org.aaregistry.reports.report.ResponseReport;
import org.aaregistry.reports.report.SummaryTables;
import org.aaregistry.reports.report.SurvivalReport;
import org.aaregistry.reports.report.SurvivalReports;
import org.aaregistry.reports.report.TransplantReport;
import org.aaregistry.reports.sample.SampleReports;
import org.aaregistry.reports.survival.ConfidenceInterval;
import org.aaregistry.reports.survival.SurvivalData;
import org.junit.jupiter.api.Test;

/** Each report type as PDF, read back with PDFBox; the files stay in target/report-samples. */
class PdfRendererTest {
    private static final PdfRenderer RENDERER = new PdfRenderer();
    private static final List<String> HEADER_ITEMS = List.of(
            SampleReports.COHORT_LINE,
            "Data cut-off",
            "2025-03-31",
            SampleReports.GENERATED_BY,
            "2025-04-02 09:15 UTC");

    @Test
    void templateIsPrecompiledOnTheClassPath() {
        assertThat(PdfRenderer.class.getResource(PdfRenderer.TEMPLATE)).isNotNull();
        assertThat(RENDERER.mediaType()).isEqualTo("application/pdf");
    }

    @Test
    void warmUpRendersWithoutFailingAndReturnsTheRenderer() {
        assertThat(RENDERER.warmUp()).isSameAs(RENDERER);
    }

    @Test
    void survivalPdfHasHeaderGroupsMediansLandmarksAndLogRankOnOnePage() {
        SurvivalReport report = SampleReports.survival(228, 7);

        PdfSamples pdf = PdfSamples.read("survival", RENDERER.render(report));

        assertThat(pdf.startsWithPdfSignature()).isTrue();
        assertThat(pdf.pages()).isEqualTo(1);
        assertThat(pdf.text())
                .contains(HEADER_ITEMS)
                .contains("Overall survival (OS)", "Overall survival: death from any cause, censored at last contact")
                .contains("Time origin", "date of diagnosis", "Events", "death from any cause")
                .contains("hATG + CsA", "hATG + CsA + EPAG", "Median, days", "1825 days")
                .contains(
                        "Log-rank test",
                        String.format(Locale.ROOT, "p = %.3f", report.logRank().p()))
                .contains("Page 1 of 1");
    }

    @Test
    void survivalPdfPrintsMedianNotReachedAndLandmarkSurvivalAsPercentages() {
        SurvivalReport report = SampleReports.survival(228, 7);
        var landmark = report.groups().get(0).landmarks().get(0);

        String text = PdfSamples.read("survival", RENDERER.render(report)).text();

        assertThat(report.groups().get(1).median().estimate()).isNull();
        assertThat(text).contains("NR (NR–NR)");
        assertThat(text)
                .contains(String.format(
                        Locale.ROOT,
                        "%.1f (%.1f–%.1f)",
                        100 * landmark.survival(),
                        100 * landmark.lower(),
                        100 * landmark.upper()));
    }

    @Test
    void incidencePdfNamesTheCompetingEventsAndGraysTest() {
        IncidenceReport report = SampleReports.incidence(228, 7);

        PdfSamples pdf = PdfSamples.read("incidence", RENDERER.render(report));

        assertThat(pdf.startsWithPdfSignature()).isTrue();
        assertThat(pdf.pages()).isEqualTo(1);
        assertThat(pdf.text())
                .contains(HEADER_ITEMS)
                .contains("Cumulative incidence of relapse", "Competing events", "death")
                .contains("start of first-line treatment", "hATG + CsA + EPAG", "Gray's test")
                .contains(
                        report.grayTest().p() < 0.001
                                ? "p < 0.001"
                                : String.format(
                                        Locale.ROOT,
                                        "p = %.3f",
                                        report.grayTest().p()))
                .contains("Page 1 of 1");
    }

    @Test
    void responsePdfHasOneTablePerGroupWithRatesAndBestResponse() {
        ResponseReport report = SampleReports.response(197, 7);
        var best = report.groups().get(0).timePoints().get(3);

        PdfSamples pdf = PdfSamples.read("response", RENDERER.render(report));

        assertThat(pdf.startsWithPdfSignature()).isTrue();
        assertThat(pdf.pages()).isEqualTo(1);
        assertThat(pdf.text())
                .contains(HEADER_ITEMS)
                .contains(
                        "Hematologic response (NIH criteria)", "Response rule set", "NIH (Townsley et al., NEJM 2017)")
                .contains("hATG + CsA (n = " + report.groups().get(0).n() + ")", "hATG + CsA + EPAG (n = ")
                .contains("3 months", "6 months", "12 months", "Best response")
                .contains(String.format(
                        Locale.ROOT,
                        "%.1f (%.1f–%.1f)",
                        100 * best.orr().estimate(),
                        100 * best.orr().lower(),
                        100 * best.orr().upper()))
                .contains("Page 1 of 1");
    }

    @Test
    void cohortSummaryPdfKeepsSymbolsSuchAsGreaterOrEqualWithTheEmbeddedFont() {
        CohortSummaryReport report = SampleReports.cohortSummary(228, 7);

        PdfSamples pdf = PdfSamples.read("cohort-summary", RENDERER.render(report));

        assertThat(pdf.startsWithPdfSignature()).isTrue();
        assertThat(pdf.pages()).isEqualTo(1);
        assertThat(pdf.text())
                .contains(HEADER_ITEMS)
                .contains("Baseline characteristics by group", "hATG + CsA", "Overall", "Patients, n")
                .contains("≥60", "18–39", "×10⁹/L", "Age at diagnosis, years, median (IQR)", "missing")
                .contains("Page 1 of 1");
    }

    @Test
    void transplantPdfHasOutcomesByDonorTypeAndOsAndGrfsLandmarks() {
        TransplantReport report = SampleReports.transplant(150, 7);

        PdfSamples pdf = PdfSamples.read("transplant", RENDERER.render(report));

        assertThat(pdf.startsWithPdfSignature()).isTrue();
        assertThat(pdf.pages()).isEqualTo(1);
        assertThat(pdf.text())
                .contains(HEADER_ITEMS)
                .contains("Transplant outcomes by donor type", "MSD", "MUD", "HAPLO", "Overall")
                .contains("Acute GVHD grade II–IV", "Acute GVHD grade III–IV", "Chronic GVHD", "Graft failure")
                .contains("Overall survival from transplant", "GVHD-free, graft failure-free survival (GRFS)")
                .contains("365 days", "1095 days", "Log-rank test")
                .contains("Page 1 of 1");
    }

    @Test
    void longTableContinuesOnTheNextPageWithItsColumnHeadingsAndPageNumbers() {
        SummaryTables table = SampleReports.baseline(300, 3);
        int[] codes = new int[300];
        for (int v = 1; v <= 20; v++) {
            Arrays.fill(codes, v % 4);
            table.categorical("Variable " + v, List.of("first", "second", "third", "fourth"), codes);
        }
        CohortSummaryReport report = table.report(Map.of(), SampleReports.provenance(null, null, List.of(), null));

        PdfSamples pdf = PdfSamples.read("cohort-summary-long", RENDERER.render(report));

        assertThat(pdf.pages()).isGreaterThan(1);
        assertThat(pdf.page(1)).contains("Page 1 of " + pdf.pages());
        assertThat(pdf.page(2))
                .contains("Page 2 of " + pdf.pages())
                .contains("Cohort summary: baseline characteristics", "Characteristic", "Overall");
        assertThat(pdf.page(pdf.pages())).contains("Variable 20", "Page " + pdf.pages() + " of " + pdf.pages());
    }

    @Test
    void hundredThousandPatientSurvivalPlotsABoundedNumberOfPoints() {
        SurvivalReport report = survivalOfContinuousTimes(100_000);
        int distinctTimes =
                report.groups().stream().mapToInt(g -> g.curve().size()).sum();

        StepChart chart = figure(PdfRenderer.printed(report));
        byte[] pdf = RENDERER.render(report);

        assertThat(distinctTimes).isGreaterThan(90_000);
        assertThat(chart.curves()).hasSize(2).allSatisfy(curve -> {
            assertThat(curve.vertices()).isLessThanOrEqualTo(2 * StepCurve.MAX_STEPS + 2);
            assertThat(curve.censorMarks()).isLessThanOrEqualTo(StepCurve.MAX_STEPS);
        });
        PdfSamples printed = PdfSamples.read("survival-100000", pdf);
        assertThat(printed.startsWithPdfSignature()).isTrue();
        assertThat(printed.pages()).isEqualTo(1);
    }

    private static SurvivalReport survivalOfContinuousTimes(int patients) {
        SplittableRandom random = new SplittableRandom(11);
        double[] time = new double[patients];
        boolean[] event = new boolean[patients];
        int[] group = new int[patients];
        for (int i = 0; i < patients; i++) {
            group[i] = random.nextInt(2);
            double death = -Math.log(1 - random.nextDouble()) / (group[i] == 0 ? 0.12 : 0.07) * 365;
            double followUp = 30 + random.nextDouble() * 2400;
            event[i] = death <= followUp;
            time[i] = Math.min(death, followUp);
        }
        return SurvivalReports.build(
                SurvivalData.of(time, event, group, SampleReports.ARMS),
                ConfidenceInterval.LOG,
                0.95,
                SampleReports.LANDMARKS,
                SampleReports.AT_RISK_TIMES,
                Map.of(),
                "OS",
                "DIAGNOSIS",
                SampleReports.provenance(null, null, List.of(), null));
    }

    private static StepChart figure(PrintedReport printed) {
        List<StepChart> figures = new ArrayList<>();
        for (Map<String, ?> row : printed.rows()) {
            if (row.get("figure") instanceof StepChart chart) {
                figures.add(chart);
            }
        }
        assertThat(figures).hasSize(1);
        return figures.get(0);
    }
}
