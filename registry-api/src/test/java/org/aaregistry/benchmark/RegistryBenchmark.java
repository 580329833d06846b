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
    private static final int IMPORT_ROWS = 10_000;

    private final Api api;
    private final StringBuilder report = new StringBuilder();

    private RegistryBenchmark() throws IOException {
        this.api = new Api(URI.create(API).toURL());
    }

    public static void main(String[] args) throws Exception {
        RegistryBenchmark benchmark = new RegistryBenchmark();
        benchmark.prepare();
        benchmark.imports();
        benchmark.patientList();
        benchmark.writeThroughput();
        benchmark.verification();
        benchmark.accessLogSearch();
        benchmark.publish();
    }

    private void prepare() throws SQLException {
        new Clinic(api);
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
        Map<String, String> queries = Map.of(
                "first page, by study id", "api/v1/patients?site=BENCH-1",
                "filtered and sorted", "api/v1/patients?site=BENCH-1&severity=SAA&sort=-diagnosisDate&size=100",
                "page 150 of 200", "api/v1/patients?site=BENCH-1&page=150&size=50");
        line("## A coordinator's list of 10,000 patients (target: under 100 ms)");
        line("Sequential requests over HTTP, after 50 warm-up requests; the site holds " + patients("BENCH-1")
                + " patients.");
        for (var query : queries.entrySet()) {
            for (int i = 0; i < 50; i++) {
                api.get(query.getValue(), Keycloak.token(COORDINATOR));
            }
            Timings ms = new Timings();
            for (int i = 0; i < 200; i++) {
                String token = Keycloak.token(COORDINATOR);
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

    /** Issue: auditing must not halve the write throughput. */
    private void writeThroughput() throws Exception {
        line("## Creates per second, with and without the audit inserts (8 clients, 15 s, 3 runs each)");
        double full = throughput();
        String noHistory = "ALTER TABLE patient DISABLE TRIGGER patient_change_history";
        String noAccessLog = "CREATE RULE benchmark_no_access_log AS ON INSERT TO access_log DO INSTEAD NOTHING";
        double withoutHistory;
        double withoutAny;
        try {
            sql(noHistory);
            withoutHistory = throughput();
            sql(noAccessLog);
            withoutAny = throughput();
        } finally {
            sql("ALTER TABLE patient ENABLE TRIGGER patient_change_history");
            sql("DROP RULE IF EXISTS benchmark_no_access_log ON access_log");
        }
        line(String.format("- with the change history and the access log: %.0f creates/s", full));
        line(String.format("- change-history insert disabled: %.0f creates/s", withoutHistory));
        line(String.format("- change-history and access-log inserts disabled: %.0f creates/s", withoutAny));
        line(String.format(
                "- audited throughput is %.0f%% of unaudited (target: more than 50%%)", 100 * full / withoutAny));
        line("");
    }

    private double throughput() throws InterruptedException {
        Timings perSecond = new Timings();
        for (int run = 0; run < 3; run++) {
            AtomicInteger created = new AtomicInteger();
            long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(15);
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
            perSecond.add(created.get() / 15.0);
        }
        return perSecond.median();
    }

    /** Issue: verification checks at least 1 million entries in under 10 seconds. */
    private void verification() throws SQLException {
        long start = System.nanoTime();
        try (Connection root = root()) {
            BenchmarkData.growChangeHistory(root, 1_000_000);
        }
        line("## Verifying the hash chains (target: 1,000,000 entries in under 10 s)");
        line(String.format(
                "(chain grown to 1,000,000 entries through the trigger in %.0f s)", (System.nanoTime() - start) / 1e9));
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
        line("");
    }

    private void publish() throws IOException {
        System.out.println(report);
        Path out = Path.of("var/benchmark/registry-" + LocalDate.now() + ".md");
        Files.createDirectories(out.getParent());
        Files.writeString(out, report);
        System.out.println("written to " + out.toAbsolutePath());
    }

    private long patients(String site) {
        return api.get("api/v1/patients?site=" + site + "&size=1", Keycloak.token(COORDINATOR))
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
