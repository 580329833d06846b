package org.aaregistry.reports.benchmark;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;
import org.aaregistry.reports.competingrisk.CompetingRisksData;
import org.aaregistry.reports.render.PdfRenderer;
import org.aaregistry.reports.report.IncidenceReport;
import org.aaregistry.reports.report.IncidenceReports;
import org.aaregistry.reports.report.SurvivalReport;
import org.aaregistry.reports.report.SurvivalReports;
import org.aaregistry.reports.sample.SampleReports;
import org.aaregistry.reports.survival.ConfidenceInterval;
import org.aaregistry.reports.survival.LogRank;
import org.aaregistry.reports.survival.SurvivalData;

/**
 * The statistics benchmark of issue 5: a whole survival report (Kaplan–Meier per arm with log intervals,
 * quartiles with their limits, landmarks, numbers at risk, log-rank and Peto–Peto) and a cumulative incidence
 * report with Gray's test, for 1,000,000 patients, in a JVM whose heap is capped at 512 MB; and a survival PDF
 * for 100,000 patients. {@code bin/registry benchmark-reports} runs it with {@code -Xmx512m} and then R's
 * {@code survfit}, {@code survdiff} and {@code cmprsk::cuminc} on the very same data (the CSV written here).
 *
 * <p>The input is what the registry hands to the statistics after streaming a cohort from SQL: one {@code
 * double} time, one status and one group index per patient — never entities. Times are whole days, as the
 * registry stores them. Medians of seven runs after two warm-up runs.
 */
public final class StatisticsBenchmark {

    private static final int PATIENTS = 1_000_000;
    private static final int PDF_PATIENTS = 100_000;
    private static final double[] LANDMARKS = {365, 730, 1825};

    private final Measurements report = new Measurements();

    public static void main(String[] args) throws IOException {
        Path out = Path.of(args.length > 0 ? args[0] : "var/benchmark");
        Files.createDirectories(out);
        new StatisticsBenchmark().run(out);
    }

    private void run(Path out) throws IOException {
        line("## Java (this registry's `reports`)");
        line("");
        line(String.format(
                Locale.ROOT,
                "Run %s, %d cores, Java %s, maximum heap %d MB.",
                Instant.now(),
                Runtime.getRuntime().availableProcessors(),
                System.getProperty("java.version"),
                Runtime.getRuntime().maxMemory() / (1 << 20)));
        line("");

        Cohort cohort = Cohort.generate(PATIENTS, 20261202L);
        cohort.writeCsv(out.resolve("survival-1m.csv"));

        Measurements.resetPeakHeap();
        SurvivalReport survival = report.median(
                "survival report, 1,000,000 patients, 2 arms (KM + log CI + quartiles + landmarks + at risk + log-rank)",
                cohort::survivalReport);
        report.median("log-rank and Peto–Peto only, 1,000,000 patients", cohort::logRanks);
        IncidenceReport incidence = report.median(
                "cumulative incidence report, 1,000,000 patients, 2 arms (Aalen–Johansen + variance + Gray's test)",
                cohort::incidenceReport);
        line("");
        line(String.format(
                Locale.ROOT,
                "Peak heap in use during the statistics: %d MB (of at most %d MB).",
                Measurements.peakHeapMegabytes(),
                Measurements.maxHeapMegabytes()));
        line("");
        line("Results, to compare with R's below:");
        line("");
        report.survivalResults(survival);
        line(String.format(Locale.ROOT, "- Peto–Peto chi-square %.10f", cohort.logRanks()[1]));
        line(String.format(
                Locale.ROOT,
                "- Gray's test (cause 1) statistic %.10f",
                incidence.grayTest().statistic()));
        line("");

        SurvivalReport pdfReport = SampleReports.survival(PDF_PATIENTS, 7L);
        PdfRenderer renderer = new PdfRenderer();
        long first = System.nanoTime();
        byte[] pdf = renderer.render(pdfReport);
        line(String.format(
                Locale.ROOT,
                "Survival PDF, 100,000 patients, 2 arms: first render in this JVM %.2f s (class loading and fonts)",
                (System.nanoTime() - first) / 1e9));
        report.median(
                "survival PDF, 100,000 patients (statistics and JasperReports fill and export)",
                () -> renderer.render(SampleReports.survival(PDF_PATIENTS, 7L)));
        line(String.format(Locale.ROOT, "PDF size: %d KB.", pdf.length / 1024));
        Files.write(out.resolve("survival-100k.pdf"), pdf);

        System.out.print(report.text());
        Files.writeString(out.resolve("statistics-java.md"), report.text());
    }

    private void line(String text) {
        report.line(text);
    }

    /**
     * A million patients in two arms with hazards of the order of the horse and rabbit ATG trials: death, a
     * relapse competing with it, uniform administrative censoring over about 6.6 years; times in whole days.
     * Overall survival follows a patient past a relapse to death or last contact; the competing-risks view ends
     * at the first of relapse and death.
     */
    private record Cohort(double[] osTime, boolean[] death, double[] crTime, int[] crStatus, int[] arm) {
        static final List<String> ARMS = List.of("hATG + CsA", "rATG + CsA");

        static Cohort generate(int patients, long seed) {
            SplittableRandom random = new SplittableRandom(seed);
            Cohort c = new Cohort(
                    new double[patients],
                    new boolean[patients],
                    new double[patients],
                    new int[patients],
                    new int[patients]);
            for (int i = 0; i < patients; i++) {
                c.arm[i] = random.nextInt(2);
                double dies = -Math.log(1 - random.nextDouble()) / (c.arm[i] == 0 ? 0.12 : 0.30) * 365;
                double relapses = -Math.log(1 - random.nextDouble()) / (c.arm[i] == 0 ? 0.15 : 0.10) * 365;
                double followUp = 1 + random.nextDouble() * 2400;
                c.death[i] = dies <= followUp;
                c.osTime[i] = Math.rint(Math.min(dies, followUp));
                double first = Math.min(dies, Math.min(relapses, followUp));
                c.crTime[i] = Math.rint(first);
                c.crStatus[i] = first == followUp ? 0 : first == relapses ? 1 : 2;
            }
            return c;
        }

        SurvivalData survivalData() {
            return SurvivalData.of(osTime, death, arm, ARMS);
        }

        SurvivalReport survivalReport() {
            return SurvivalReports.build(
                    survivalData(),
                    ConfidenceInterval.LOG,
                    0.95,
                    LANDMARKS,
                    new double[] {0, 365, 730, 1095, 1460, 1825},
                    Map.of(),
                    "OS",
                    "DIAGNOSIS",
                    SampleReports.provenance("OS", "diagnosis", List.of("death"), null));
        }

        /** Both tests on one tabulation: chi-square of rho = 0 (log-rank) and rho = 1 (Peto–Peto). */
        double[] logRanks() {
            SurvivalData data = survivalData();
            return new double[] {
                LogRank.test(data, 0).chiSquare().orElseThrow(),
                LogRank.test(data, 1).chiSquare().orElseThrow()
            };
        }

        IncidenceReport incidenceReport() {
            return IncidenceReports.build(
                    CompetingRisksData.of(crTime, crStatus, arm, ARMS),
                    1,
                    0.95,
                    LANDMARKS,
                    Map.of(),
                    "RELAPSE",
                    "DIAGNOSIS",
                    List.of("DEATH"),
                    SampleReports.provenance("relapse", "diagnosis", List.of("death"), null));
        }

        /** The same patients for R: arm 0/1, OS time and status, competing-risks time and cause (0 censored). */
        void writeCsv(Path file) throws IOException {
            try (BufferedWriter out = Files.newBufferedWriter(file)) {
                out.write("time,status,arm,cr_time,cr_status\n");
                for (int i = 0; i < osTime.length; i++) {
                    out.write((long) osTime[i] + "," + (death[i] ? 1 : 0) + "," + arm[i] + "," + (long) crTime[i] + ","
                            + crStatus[i] + "\n");
                }
            }
        }
    }
}
