package org.aaregistry.benchmark;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.aaregistry.it.Api;
import org.aaregistry.it.Clinic;
import org.aaregistry.it.Keycloak;
import org.aaregistry.it.Reply;

/**
 * The registry's benchmarks for the clinical record and the audit trail, against a running registry on its own
 * database ({@code REGISTRY_DB_NAME=registry_bench bin/registry up}; {@code bin/registry benchmark} runs this):
 * importing 10,000 rows, a coordinator's list of 10,000 patients, creates per second with and without the audit
 * inserts, verifying a chain of 1,000,000 entries, searching an access log of 10,000,000 rows. Medians of several
 * runs; results as markdown on standard output and in {@code var/benchmark/}.
 */
public final class RegistryBenchmark {

    private static final String API = System.getenv().getOrDefault("REGISTRY_BENCH_API", "http://localhost:8080");
    private static final String DB =
            System.getenv().getOrDefault("REGISTRY_BENCH_DB_URL", "jdbc:postgresql://localhost:5432/registry_bench");
    private static final String COORDINATOR = "bench-coordinator";
    /** A coordinator of one site, BENCH-1, whose default list is that site's 10,000 patients. */
    private static final String SITE_COORDINATOR = "bench-coordinator-1";

    private static final String REPORT_SITE = "BENCH-R";
    private static final int REPORT_PATIENTS = 1_000_000;
    private static final int IMPORT_ROWS = 10_000;
    private static final Path OUT = Path.of("var/benchmark/registry-" + LocalDate.now() + ".md");

    private final Api api;
    private final StringBuilder report = new StringBuilder();

    private RegistryBenchmark() throws IOException {
        this.api = new Api(URI.create(API).toURL());
    }

    public static void main(String[] args) throws Exception {
        RegistryBenchmark benchmark = new RegistryBenchmark();
        // the parts to run, all by default: import list throughput verify search reports
        java.util.Set<String> parts = args.length == 0
                ? java.util.Set.of("import", "list", "throughput", "verify", "search", "reports")
                : java.util.Set.of(args);
        benchmark.prepare();
        // each part's results are written as soon as it ends: a failure later in a half-hour run loses nothing
        if (parts.contains("import")) {
            benchmark.imports();
            benchmark.save();
        }
        if (parts.contains("list")) {
            benchmark.patientList();
            benchmark.save();
        }
        if (parts.contains("throughput")) {
            benchmark.writeThroughput();
            benchmark.save();
        }
        if (parts.contains("verify")) {
            benchmark.verification();
            benchmark.save();
        }
        if (parts.contains("search")) {
            benchmark.accessLogSearch();
            benchmark.save();
        }
        if (parts.contains("reports")) {
            benchmark.reportsFromSql();
            benchmark.save();
        }
        System.out.println(benchmark.report);
        System.out.println("written to " + OUT.toAbsolutePath());
    }

    private void prepare() throws SQLException {
        new Clinic(api);
        // the reports' site is created by the demo loader, as a demo site
        for (String site : List.of("BENCH-1", "BENCH-2", "BENCH-3", "BENCH-W")) {
            api.post(
                    "api/v1/sites",
                    Keycloak.token("admin"),
                    "{\"code\":\"" + site + "\",\"name\":\"Benchmark " + site + "\"}");
        }
        try (Connection root = root()) {
            if (DbValue.of(root, "SELECT count(*) FROM site WHERE code = 'BENCH-W'")
                    .equals("0")) {
                throw new IllegalStateException("the registry at " + API + " does not write into " + DB
                        + ": start it with REGISTRY_DB_NAME=registry_bench bin/registry up");
            }
        }
        Keycloak.ensureUser(COORDINATOR, List.of("coordinator"), List.of("BENCH-1", "BENCH-2", "BENCH-3", "BENCH-W"));
        Keycloak.ensureUser(SITE_COORDINATOR, List.of("coordinator"), List.of("BENCH-1"));
        line("# aa-registry benchmarks: clinical record and audit trail");
        line("");
        line("Run " + java.time.Instant.now() + " on " + Runtime.getRuntime().availableProcessors() + " cores, Java "
                + System.getProperty("java.version") + " (benchmark client), against " + API + ".");
        line("");
    }

    /** Issue: 10,000 rows import in under 30 seconds. Three files of 10,000 rows, one site each. */
    private void imports() {
        Timings seconds = new Timings();
        for (int run = 1; run <= 3; run++) {
            String site = "BENCH-" + run;
            if (patients(site) >= IMPORT_ROWS) {
                continue;
            }
            String csv = BenchmarkData.importFile(site, "B" + run + "-" + System.nanoTime() % 100000, IMPORT_ROWS, run);
            long start = System.nanoTime();
            Reply reply = api.send("POST", "api/v1/imports", Keycloak.token(COORDINATOR), "text/csv", csv, Map.of());
            seconds.add((System.nanoTime() - start) / 1e9);
            if (reply.status() != 201) {
                throw new IllegalStateException("import failed: "
                        + reply.body().substring(0, Math.min(500, reply.body().length())));
            }
        }
        line("## Import of 10,000 rows (target: under 30 s)");
        line(seconds.count() == 0 ? "(sites already imported; nothing measured)" : seconds.describe("s"));
        line("");
    }

    /** Issue: a coordinator's list of 10,000 patients answers in under 100 ms. */
    private void patientList() {
        Map<String, String> queries = new java.util.LinkedHashMap<>();
        queries.put("first page (50), by study id", "api/v1/patients");
        queries.put("filtered and sorted, 100 a page", "api/v1/patients?severity=SAA&sort=-diagnosisDate&size=100");
        queries.put("page 150 of 200", "api/v1/patients?page=150&size=50");
        line("## A coordinator's list of 10,000 patients (target: under 100 ms)");
        line("A coordinator of one site (" + SITE_COORDINATOR + ", site BENCH-1 with " + patients("BENCH-1")
                + " patients); sequential requests over HTTP, each with the total count, after 50 warm-up requests.");
        for (var query : queries.entrySet()) {
            for (int i = 0; i < 50; i++) {
                api.get(query.getValue(), Keycloak.token(SITE_COORDINATOR));
            }
            Timings ms = new Timings();
            for (int i = 0; i < 200; i++) {
                String token = Keycloak.token(SITE_COORDINATOR);
                long start = System.nanoTime();
                Reply reply = api.get(query.getValue(), token);
                ms.add((System.nanoTime() - start) / 1e6);
                if (reply.status() != 200) {
                    throw new IllegalStateException(reply.toString());
                }
            }
            line("- " + query.getKey() + ": " + ms.describe("ms"));
        }
        line("");
    }

    /**
     * Issue: auditing must not halve the write throughput. The three configurations take turns, round after
     * round, so that the machine's drift (this one shares its cores) and the growing tables weigh on each alike.
     */
    private void writeThroughput() throws Exception {
        int rounds = 5;
        line(String.format(
                "## Creates per second, with and without the audit inserts (POST /patients, 8 clients, %d rounds of"
                        + " 10 s, the configurations taking turns)",
                rounds));
        String historyOff = "ALTER TABLE patient DISABLE TRIGGER patient_change_history";
        String historyOn = "ALTER TABLE patient ENABLE TRIGGER patient_change_history";
        String accessLogOff = "CREATE RULE benchmark_no_access_log AS ON INSERT TO access_log DO INSTEAD NOTHING";
        String accessLogOn = "DROP RULE IF EXISTS benchmark_no_access_log ON access_log";
        Timings audited = new Timings();
        Timings withoutHistory = new Timings();
        Timings withoutAny = new Timings();
        throughput(); // warm-up, not counted
        try {
            for (int round = 0; round < rounds; round++) {
                audited.add(throughput());
                sql(historyOff);
                withoutHistory.add(throughput());
                sql(accessLogOff);
                withoutAny.add(throughput());
                sql(historyOn);
                sql(accessLogOn);
            }
        } finally {
            sql(historyOn);
            sql(accessLogOn);
        }
        line("- with the change history and the access log: " + audited.describe("creates/s"));
        line("- change-history insert disabled: " + withoutHistory.describe("creates/s"));
        line("- change-history and access-log inserts disabled: " + withoutAny.describe("creates/s"));
        line(String.format(
                "- audited throughput is %.0f%% of unaudited, medians (target: more than 50%%)",
                100 * audited.median() / withoutAny.median()));
        line("");
    }

    /** Creates per second of 8 clients posting patients for 10 s. */
    private double throughput() throws InterruptedException {
        AtomicInteger created = new AtomicInteger();
        long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        ExecutorService clients = Executors.newFixedThreadPool(8);
        for (int c = 0; c < 8; c++) {
            clients.submit(() -> {
                while (System.nanoTime() < end) {
                    String body = Clinic.severePatient(Clinic.studyId("BENCH-W"))
                            .replace("\"studyId\"", "\"site\":\"BENCH-W\",\"studyId\"");
                    if (api.post("api/v1/patients", Keycloak.token(COORDINATOR), body)
                                    .status()
                            == 201) {
                        created.incrementAndGet();
                    }
                }
            });
        }
        clients.shutdown();
        clients.awaitTermination(1, TimeUnit.MINUTES);
        return created.get() / 10.0;
    }

    /** Issue: verification checks at least 1 million entries in under 10 seconds. */
    private void verification() throws SQLException {
        long start = System.nanoTime();
        try (Connection root = root()) {
            BenchmarkData.growChangeHistory(root, 1_000_000);
        }
        line("## Verifying the hash chains (target: 1,000,000 entries in under 10 s)");
        try (Connection root = root()) {
            line(String.format(
                    "(change history grown to 1,000,000 entries through the chain trigger in %.0f s, by copies of the"
                            + " entries the registry wrote in the runs above: on average %d bytes of field changes per"
                            + " entry)",
                    (System.nanoTime() - start) / 1e9, BenchmarkData.averageChangeSize(root)));
        }
        Timings seconds = new Timings();
        long checked = 0;
        for (int run = 0; run < 3; run++) {
            long t = System.nanoTime();
            Reply reply = api.get("api/v1/audit/verify", Keycloak.token("auditor"));
            seconds.add((System.nanoTime() - t) / 1e9);
            checked = reply.json().at("/changeHistory/checked").asLong()
                    + reply.json().at("/accessLog/checked").asLong();
            if (!reply.json().get("intact").asBoolean()) {
                throw new IllegalStateException("chain not intact: " + reply.body());
            }
        }
        line(String.format("- GET /audit/verify, %,d entries checked: %s", checked, seconds.describe("s")));
        line("");
    }

    /** Issue: searching an access log of 10 million rows by actor and time range answers in under 200 ms. */
    private void accessLogSearch() throws SQLException {
        long start = System.nanoTime();
        try (Connection root = root()) {
            BenchmarkData.fillAccessLog(root, 10_000_000);
        }
        line("## Searching an access log of 10,000,000 rows by actor and time range (target: under 200 ms)");
        line(String.format(
                "(rows loaded in bulk in %.0f s; these rows are not a valid chain)",
                (System.nanoTime() - start) / 1e9));
        Timings ms = new Timings();
        for (int i = 0; i < 70; i++) {
            String token = Keycloak.token("auditor");
            String query = "api/v1/audit/access-log?actor=user-" + (i * 37 % 2000) + "&from=2026-03-01&to=2026-04-01";
            // about 430 entries of this actor in March, first page of 50
            long t = System.nanoTime();
            Reply reply = api.get(query, token);
            if (i >= 20) {
                ms.add((System.nanoTime() - t) / 1e6);
            }
            if (reply.status() != 200 || reply.json().get("items").isEmpty()) {
                throw new IllegalStateException("search found nothing: " + reply);
            }
        }
        line("- one month of one actor, first page of 50: " + ms.describe("ms"));
        Timings wide = new Timings();
        for (int i = 0; i < 70; i++) {
            String token = Keycloak.token("auditor");
            String query = "api/v1/audit/access-log?actor=user-" + (i * 53 % 2000)
                    + "&outcome=DENIED&from=2026-01-01&to=2027-01-01&page=2";
            long t = System.nanoTime();
            Reply reply = api.get(query, token);
            if (i >= 20) {
                wide.add((System.nanoTime() - t) / 1e6);
            }
            if (reply.status() != 200) {
                throw new IllegalStateException(reply.toString());
            }
        }
        line("- a whole year of one actor (5,000 entries), refusals only (one in seven), third page: "
                + wide.describe("ms"));
        line("");
    }

    /**
     * Issue 5: statistics for 1,000,000 patients, the cohort streamed from SQL as compact columns, and a survival
     * PDF for 100,000 — here end to end, over HTTP, as an investigator asks for them.
     */
    private void reportsFromSql() throws Exception {
        long loaded = patients(REPORT_SITE);
        if (loaded < REPORT_PATIENTS) {
            DemoLoad.Result load = new DemoLoad(api).load(REPORT_SITE, 1, REPORT_PATIENTS);
            line("## Loading the demo cohort: 1,000,000 patients (target: under 30 minutes, memory flat)");
            line(String.format(
                    java.util.Locale.ROOT,
                    "%,d patients (%,d rows of the record, besides their derived responses and change history) into"
                            + " demo site %s in **%.1f min** (%.0f patients/s), by requests of 10,000, two at a"
                            + " time, as `bin/registry demo` loads.",
                    load.created(),
                    load.records(),
                    REPORT_SITE,
                    load.seconds() / 60,
                    load.created() / load.seconds()));
            line("Memory of the API server (Payara Micro, -Xmx768m) every 15 s: resident " + range(load.residentMb())
                    + " MB, heap in use (garbage not yet collected included) " + range(load.heapMb()) + " MB.");
            line("");
        }
        line("## Reports on 1,000,000 patients, from the database, over HTTP");
        line(String.format(
                "(the demo cohort, seed 1, in site %s: realistic courses with counts, lines, transplants and events;"
                        + " the API runs in Payara Micro with -Xmx768m)",
                REPORT_SITE));
        Map<String, String[]> reports = new java.util.LinkedHashMap<>();
        reports.put("survival (OS by first-line regimen, log-rank), 1,000,000 patients, JSON", new String[] {
            "api/v1/reports/survival?site=" + REPORT_SITE + "&groupBy=FIRST_LINE_REGIMEN", "application/json"
        });
        reports.put("cumulative incidence of response (Gray's test), 1,000,000 patients, JSON", new String[] {
            "api/v1/reports/cumulative-incidence?site=" + REPORT_SITE + "&event=RESPONSE&groupBy=SEX",
            "application/json"
        });
        reports.put("survival PDF, diagnosed 2019-01-01 to 2020-12-31 (about 100,000 patients)", new String[] {
            "api/v1/reports/survival?site=" + REPORT_SITE + "&groupBy=FIRST_LINE_REGIMEN"
                    + "&diagnosisFrom=2019-01-01&diagnosisTo=2020-12-31",
            "application/pdf"
        });
        for (var report : reports.entrySet()) {
            Timings seconds = new Timings();
            long n = 0;
            for (int run = 0; run < 7; run++) {
                String token = Keycloak.token("investigator");
                long t = System.nanoTime();
                Reply reply = api.send(
                        "GET", report.getValue()[0], token, null, null, Map.of("Accept", report.getValue()[1]));
                double elapsed = (System.nanoTime() - t) / 1e9;
                if (reply.status() != 200) {
                    throw new IllegalStateException(reply.toString());
                }
                if (run >= 2) {
                    seconds.add(elapsed);
                }
                if (report.getValue()[1].equals("application/json")) {
                    n = reply.json().at("/cohort/n").asLong();
                }
            }
            line("- " + report.getKey() + (n > 0 ? String.format(" (n = %,d)", n) : "") + ": " + seconds.describe("s"));
        }
        line("");
    }

    /** "120 to 130 (first 121, last 125)" of samples, or "not sampled". */
    private static String range(List<Long> samples) {
        if (samples.isEmpty()) {
            return "not sampled";
        }
        return samples.stream().mapToLong(Long::longValue).min().getAsLong() + " to "
                + samples.stream().mapToLong(Long::longValue).max().getAsLong() + " (first " + samples.get(0)
                + ", last " + samples.get(samples.size() - 1) + ", " + samples.size() + " samples)";
    }

    private void save() throws IOException {
        Files.createDirectories(OUT.getParent());
        Files.writeString(OUT, report);
    }

    private long patients(String site) {
        return api.get("api/v1/patients?site=" + site + "&size=1", Keycloak.token("investigator"))
                .json()
                .get("total")
                .asLong();
    }

    private static void sql(String statement) throws SQLException {
        try (Connection root = root();
                Statement s = root.createStatement()) {
            s.execute(statement);
        }
    }

    private static Connection root() throws SQLException {
        Connection root = DriverManager.getConnection(
                DB,
                System.getenv().getOrDefault("REGISTRY_DB_ADMIN_USER", "postgres"),
                System.getenv().getOrDefault("REGISTRY_DB_ADMIN_PASSWORD", ""));
        try (Statement s = root.createStatement()) {
            s.execute("SET search_path = registry");
        }
        return root;
    }

    private void line(String text) {
        report.append(text).append('\n');
    }

    /** A single value read as the superuser. */
    private static final class DbValue {
        static String of(Connection connection, String query) throws SQLException {
            try (Statement s = connection.createStatement()) {
                return BenchmarkData.value(s, query);
            }
        }
    }
}
