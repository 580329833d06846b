package org.aaregistry.benchmark;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.aaregistry.cohort.control.Cohort;
import org.aaregistry.cohort.control.CohortCriteria;
import org.aaregistry.cohort.control.CohortExtraction;
import org.aaregistry.cohort.control.CohortReports;
import org.aaregistry.cohort.control.CohortReports.Analysis;
import org.aaregistry.cohort.control.Endpoints;
import org.aaregistry.cohort.control.Grouping;
import org.aaregistry.cohort.control.Outcomes;
import org.aaregistry.cohort.entity.EfsEvent;
import org.aaregistry.cohort.entity.Endpoint;
import org.aaregistry.cohort.entity.GroupBy;
import org.aaregistry.cohort.entity.IncidenceEvent;
import org.aaregistry.cohort.entity.Origin;
import org.aaregistry.reports.benchmark.Measurements;
import org.aaregistry.reports.render.PdfRenderer;
import org.aaregistry.reports.report.Provenance;
import org.aaregistry.reports.report.SurvivalReport;
import org.aaregistry.reports.survival.ConfidenceInterval;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * Issue 5's statistics from the database, in a JVM whose heap is capped at 512 MB ({@code bin/registry
 * benchmark-reports}): the 1,000,000 patients the registry benchmark loaded into site {@code BENCH-R} of {@code
 * registry_bench}, streamed from PostgreSQL by the registry's own {@link CohortExtraction} as the application role,
 * then turned into the survival report (Kaplan–Meier per first-line regimen with quartiles, landmarks, numbers at
 * risk and the log-rank test) and the cumulative incidence of response with Gray's test, exactly as the API
 * computes them; and a survival PDF of about 100,000 patients from the query to the last byte. Writes the analysed
 * (time, status, group) of every patient for R, which the launcher times on the same data in the same run.
 */
public final class CohortBenchmark {

    private static final String DB =
            System.getenv().getOrDefault("REGISTRY_BENCH_DB_URL", "jdbc:postgresql://localhost:5432/registry_bench");
    private static final String SITE = "BENCH-R";
    private static final LocalDate CUT_OFF = LocalDate.of(2026, 12, 1);

    private final CohortExtraction extraction;
    private final Measurements report = new Measurements();

    private CohortBenchmark(CohortExtraction extraction) {
        this.extraction = extraction;
    }

    public static void main(String[] args) throws IOException, SQLException {
        Path out = Path.of(args.length > 0 ? args[0] : "var/benchmark");
        Files.createDirectories(out);
        requireCohort();
        PGSimpleDataSource database = new PGSimpleDataSource();
        database.setUrl(DB);
        database.setUser(System.getenv().getOrDefault("REGISTRY_DB_USER", "registry_app"));
        database.setPassword(System.getenv().getOrDefault("REGISTRY_DB_PASSWORD", "registry-app-dev-only"));
        database.setCurrentSchema("registry");
        new CohortBenchmark(new CohortExtraction(database)).run(out);
    }

    private void run(Path out) throws IOException {
        line("## From the database, in a 512 MB heap (`CohortBenchmark`)");
        line("");
        line(String.format(
                Locale.ROOT,
                "Run %s, %d cores, Java %s, maximum heap %d MB; site %s of %s, data cut-off %s.",
                Instant.now(),
                Runtime.getRuntime().availableProcessors(),
                System.getProperty("java.version"),
                Measurements.maxHeapMegabytes(),
                SITE,
                DB,
                CUT_OFF));
        line("");
        CohortCriteria everyone = criteria(null, null);
        Set<Cohort.Part> survivalParts = CohortReports.survivalReads(Endpoint.OS, GroupBy.FIRST_LINE_REGIMEN);
        Analysis os = analysis(Origin.DIAGNOSIS);

        Measurements.resetPeakHeap();
        Cohort cohort = report.median(
                "extraction of 1,000,000 patients (the columns of a survival report), binary COPY",
                () -> extraction.extract(everyone, survivalParts));
        report.median(
                "statistics only: survival report (KM per regimen, quartiles, landmarks, at risk, log-rank)",
                () -> CohortReports.survival(cohort, os));
        SurvivalReport survival = report.median(
                "**survival report of 1,000,000 patients from the database** (extraction + statistics)",
                () -> CohortReports.survival(extraction.extract(everyone, survivalParts), os));
        Set<Cohort.Part> incidenceParts =
                CohortReports.incidenceReads(IncidenceEvent.RESPONSE, GroupBy.FIRST_LINE_REGIMEN);
        Analysis fromFirstLine = analysis(Origin.FIRST_LINE_START);
        report.median(
                "cumulative incidence of response (transplant and death competing) with Gray's test, from the database",
                () -> CohortReports.incidence(
                        extraction.extract(everyone, incidenceParts), IncidenceEvent.RESPONSE, fromFirstLine));
        line("");
        line(String.format(
                Locale.ROOT,
                "Peak heap in use, garbage not yet collected included: %d MB (of at most %d MB).",
                Measurements.peakHeapMegabytes(),
                Measurements.maxHeapMegabytes()));
        long before = liveHeap();
        Cohort whole = extraction.extract(everyone, EnumSet.allOf(Cohort.Part.class));
        long held = liveHeap() - before;
        line(String.format(
                Locale.ROOT,
                "Heap held by a cohort of %,d patients with every part extracted (all 40 columns): %d MB.",
                whole.size(),
                held / (1 << 20)));
        java.lang.ref.Reference.reachabilityFence(whole);
        line("");

        CohortCriteria hundredThousand = criteria(LocalDate.of(2000, 1, 1), LocalDate.of(2002, 6, 30));
        PdfRenderer renderer = new PdfRenderer();
        byte[][] pdf = new byte[1][];
        int[] n = new int[1];
        report.median("survival PDF, diagnosed 2000-01-01 to 2002-06-30, from the database to the last byte", () -> {
            Cohort subset = extraction.extract(hundredThousand, survivalParts);
            n[0] = subset.size();
            pdf[0] = renderer.render(CohortReports.survival(subset, os));
            return pdf[0];
        });
        line(String.format(Locale.ROOT, "(%,d patients, %d KB)", n[0], pdf[0].length / 1024));
        Files.write(out.resolve("cohort-survival-100k.pdf"), pdf[0]);
        line("");
        results(survival);
        writeForR(cohort, out.resolve("cohort-1m.csv"));
        System.out.print(report.text());
        Files.writeString(out.resolve("cohort-java.md"), report.text());
    }

    private void results(SurvivalReport survival) {
        line("Results, to compare with R's below (groups in the same order):");
        line("");
        report.survivalResults(survival);
        line("");
    }

    /** What the survival report analysed: days from diagnosis, death (1) or censoring (0), regimen group. */
    private static void writeForR(Cohort cohort, Path file) throws IOException {
        Outcomes os = Endpoints.survival(cohort, Endpoint.OS, Origin.DIAGNOSIS, EnumSet.allOf(EfsEvent.class));
        Grouping grouping = Grouping.of(cohort, os.patients(), GroupBy.FIRST_LINE_REGIMEN);
        try (BufferedWriter out = Files.newBufferedWriter(file)) {
            out.write("time,status,group\n");
            for (int k = 0; k < os.size(); k++) {
                out.write((long) os.time()[k] + "," + os.status()[k] + "," + grouping.group()[k] + "\n");
            }
        }
    }

    private static CohortCriteria criteria(LocalDate from, LocalDate to) {
        return new CohortCriteria(List.of(SITE), null, null, null, null, null, from, to, null, null, "NIH", CUT_OFF);
    }

    /** Overall survival (the incidence reads only its origin and groups), by first-line arm. */
    private static Analysis analysis(Origin origin) {
        return new Analysis(
                Endpoint.OS,
                origin,
                GroupBy.FIRST_LINE_REGIMEN,
                ConfidenceInterval.LOG,
                new double[] {365, 730, 1825},
                CohortReports.AT_RISK_DAYS,
                EnumSet.allOf(EfsEvent.class),
                Map.of("site", List.of(SITE)),
                new Provenance(
                        "benchmark",
                        Instant.now(),
                        CUT_OFF,
                        "site " + SITE,
                        "OS: death from any cause",
                        origin.definition(),
                        List.of(),
                        null));
    }

    private static void requireCohort() throws SQLException {
        try (Connection root = DriverManager.getConnection(
                        DB,
                        System.getenv().getOrDefault("REGISTRY_DB_ADMIN_USER", "postgres"),
                        System.getenv().getOrDefault("REGISTRY_DB_ADMIN_PASSWORD", ""));
                Statement statement = root.createStatement()) {
            long n = Long.parseLong(BenchmarkData.value(
                    statement, "SELECT count(*) FROM registry.course_summary WHERE site_code = '" + SITE + "'"));
            if (n < 1_000_000) {
                throw new IllegalStateException("site " + SITE + " of " + DB + " holds " + n + " patients, not"
                        + " 1,000,000: load them with 'bin/registry benchmark reports' first");
            }
        }
    }

    /** Heap in use after a full collection: what is still referenced. */
    private static long liveHeap() {
        System.gc();
        Runtime runtime = Runtime.getRuntime();
        return runtime.totalMemory() - runtime.freeMemory();
    }

    private void line(String text) {
        report.line(text);
    }
}
