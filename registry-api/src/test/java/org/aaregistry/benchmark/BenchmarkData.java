package org.aaregistry.benchmark;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.Random;

/**
 * Synthetic data for the benchmarks: an import file in the data dictionary's format, and bulk rows written
 * straight into the audit tables (through the chain trigger for the change history, so that verification
 * checks real hashes).
 */
final class BenchmarkData {

    private static final String[] CAUSES = {"IDIOPATHIC", "IDIOPATHIC", "IDIOPATHIC", "DRUG", "HEPATITIS", "UNKNOWN"};
    private static final String[] REGIMENS = {"HATG_CSA", "HATG_CSA_EPAG", "RATG_CSA", "CSA_ALONE"};
    private static final String[] RESPONSES = {"CR", "PR", "NR", ""};
    private static final LocalDate LAST_CONTACT = LocalDate.of(2026, 10, 1);

    private BenchmarkData() {}

    /** {@code rows} patients of one site, each with a first line and recorded responses. */
    static String importFile(String site, String prefix, int rows, long seed) {
        Random random = new Random(seed);
        StringBuilder csv = new StringBuilder(rows * 200);
        csv.append("study_id,site_code,sex,birth_year,diagnosis_date,cause,vital_status,last_contact_date,death_date,"
                + "marrow_cellularity_pct,residual_hematopoietic_pct,hb_g_l,anc,platelets,retic_abs,retic_method,"
                + "first_line_regimen,first_line_start,response_3m,response_6m,response_12m\n");
        for (int i = 1; i <= rows; i++) {
            LocalDate diagnosis = LocalDate.of(2015, 1, 1).plusDays(random.nextInt(3000));
            LocalDate start = diagnosis.plusDays(3 + random.nextInt(20));
            boolean dead = random.nextInt(10) == 0;
            LocalDate followed = start.plusDays(400 + random.nextInt(1500));
            LocalDate last = followed.isAfter(LAST_CONTACT) ? LAST_CONTACT : followed;
            csv.append(prefix)
                    .append(String.format("-%05d", i))
                    .append(',')
                    .append(site)
                    .append(',')
                    .append(random.nextBoolean() ? "F" : "M")
                    .append(',')
                    .append(1940 + random.nextInt(70))
                    .append(',')
                    .append(diagnosis)
                    .append(',')
                    .append(CAUSES[random.nextInt(CAUSES.length)])
                    .append(',')
                    .append(dead ? "DEAD" : "ALIVE")
                    .append(',')
                    .append(last)
                    .append(',')
                    .append(dead ? last : "")
                    .append(',')
                    .append(5 + random.nextInt(40))
                    .append(',')
                    .append(5 + random.nextInt(60))
                    .append(',')
                    .append(50 + random.nextInt(60))
                    .append(',')
                    .append(String.format(java.util.Locale.ROOT, "%.2f", random.nextDouble() * 1.5))
                    .append(',')
                    .append(random.nextInt(60))
                    .append(',')
                    .append(random.nextInt(80))
                    .append(",AUTOMATED,")
                    .append(REGIMENS[random.nextInt(REGIMENS.length)])
                    .append(',')
                    .append(start)
                    .append(',')
                    .append(RESPONSES[random.nextInt(4)])
                    .append(',')
                    .append(RESPONSES[random.nextInt(4)])
                    .append(',')
                    .append(RESPONSES[random.nextInt(4)])
                    .append('\n');
        }
        return csv.toString();
    }

    /**
     * Appends change-history entries through the chain trigger until the chain holds {@code target} entries:
     * copies, in turn, of the entries the registry itself wrote before (the imports' enrolments, lines and recorded
     * responses, the creates of the throughput run), so that verification hashes the mix of sizes it will hash in
     * practice.
     */
    static void growChangeHistory(Connection root, long target) throws SQLException {
        try (Statement statement = root.createStatement()) {
            long present =
                    Long.parseLong(value(statement, "SELECT last_seq FROM audit_chain WHERE chain = 'change_history'"));
            long written = present;
            while (present < target) {
                long batch = Math.min(100_000, target - present);
                statement.execute("INSERT INTO change_history (seq, occurred_at, actor_subject, actor_username,"
                        + " actor_roles, actor_sites, request_id, operation, entity, entity_id, patient_id, study_id,"
                        + " changes, reason, prev_hash, hash) SELECT 0, now(), r.actor_subject, r.actor_username,"
                        + " r.actor_roles, r.actor_sites, md5(g::text), r.operation, r.entity, gen_random_uuid(),"
                        + " r.patient_id, r.study_id, r.changes, r.reason, ''::bytea, ''::bytea"
                        + " FROM generate_series(1, " + batch + ") AS g JOIN change_history r"
                        + " ON r.seq = 1 + (g + " + present + ") % " + written + " ORDER BY g");
                present += batch;
            }
        }
    }

    /** The average size in bytes of a change-history entry's field changes, as PostgreSQL stores them. */
    static long averageChangeSize(Connection root) throws SQLException {
        try (Statement statement = root.createStatement()) {
            return Long.parseLong(
                    value(statement, "SELECT avg(octet_length(changes::text))::bigint FROM change_history"));
        }
    }

    /**
     * Fills the access log to {@code target} rows in bulk — with its chain and append-only triggers switched off
     * for the load, so these rows are not a valid chain: run the search benchmark after the verification one.
     */
    static void fillAccessLog(Connection root, long target) throws SQLException {
        try (Statement statement = root.createStatement()) {
            long present = Long.parseLong(value(statement, "SELECT count(*) FROM access_log"));
            if (present >= target) {
                return;
            }
            statement.execute("ALTER TABLE access_log DISABLE TRIGGER USER");
            long next = Long.parseLong(value(statement, "SELECT coalesce(max(seq), 0) FROM access_log")) + 1;
            while (present < target) {
                long batch = Math.min(1_000_000, target - present);
                statement.execute(
                        "INSERT INTO access_log (seq, occurred_at, actor_subject, actor_username, actor_roles,"
                                + " actor_sites, action, resource_type, resource_id, study_id, outcome, http_status,"
                                + " client_address, request_id, method, path, prev_hash, hash)"
                                // n numbers the bulk rows across batches: 2,000 actors, one entry every 3 s
                                // through 2026 (10,000,000 rows reach mid-December), 5,000 entries per actor
                                + " SELECT n, timestamptz '2026-01-01' + (n * 3) * interval '1 second',"
                                + " 'sub-' || (n % 2000), 'user-' || (n % 2000), 'coordinator', 'BENCH-1',"
                                + " CASE WHEN n % 3 = 0 THEN 'LIST' ELSE 'READ' END, 'patient', md5(n::text),"
                                + " 'BENCH-' || (n % 100000), CASE WHEN n % 7 = 0 THEN 'DENIED' ELSE 'SUCCESS' END,"
                                + " CASE WHEN n % 7 = 0 THEN 404 ELSE 200 END, '10.0.0.1', md5(n::text), 'GET',"
                                + " '/api/v1/patients', ''::bytea, ''::bytea FROM generate_series(" + next + ", "
                                + (next + batch - 1) + ") AS n");
                next += batch;
                present += batch;
            }
            // the head follows the bulk rows, so that the registry's own appends get the next numbers
            statement.execute("UPDATE audit_chain SET last_seq = (SELECT max(seq) FROM access_log)"
                    + " WHERE chain = 'access_log'");
            statement.execute("ALTER TABLE access_log ENABLE TRIGGER USER");
            statement.execute("ANALYZE access_log");
        }
    }

    static String value(Statement statement, String query) throws SQLException {
        try (var result = statement.executeQuery(query)) {
            result.next();
            return result.getString(1);
        }
    }
}
