package org.aaregistry.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URL;
import java.sql.Connection;
import java.sql.Statement;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import org.aaregistry.it.Api;
import org.aaregistry.it.Clinic;
import org.aaregistry.it.Database;
import org.aaregistry.it.ForgedTokens;
import org.aaregistry.it.Keycloak;
import org.aaregistry.it.RegistryDeployment;
import org.aaregistry.it.Reply;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The audit trail as an inspector checks it: every clinical change with who, when, what, old, new and why;
 * reads and refusals in the access log without clinical values; nothing of either can be changed by the
 * application's database role, and not even by the owner without switching the triggers off.
 */
@ExtendWith(ArquillianExtension.class)
class AuditTrailIT {

    @Deployment(testable = false)
    static WebArchive deployment() {
        return RegistryDeployment.builtApi();
    }

    @ArquillianResource
    URL deployment;

    Api api;
    Clinic clinic;

    @BeforeEach
    void client() {
        api = new Api(deployment);
        clinic = new Clinic(api);
    }

    @Test
    void aPatientsHistoryTellsWhoChangedWhatFromWhatToWhatAndWhy() {
        String studyId = Clinic.studyId("SITE-A");
        JsonNode patient = clinic.enrol("coordinator-a", studyId).json();
        String path = "api/v1/patients/" + patient.get("id").asText();
        String revised = patient.toString().replace("\"cause\":\"IDIOPATHIC\"", "\"cause\":\"DRUG\"");
        revised = revised.substring(0, revised.length() - 1) + ",\"reason\":\"drug history found in referral letter\"}";
        Reply put = clinic.change("PUT", "coordinator-a", path, "\"0\"", revised);
        assertThat(put.status()).isEqualTo(200);
        Reply count = clinic.add(
                "coordinator-a",
                patient.get("id").asText(),
                "blood-counts",
                "{\"sampleDate\":\"2024-02-01\",\"anc\":0.4}");
        assertThat(clinic.change("DELETE", "coordinator-a", path, "\"1\"", "{\"reason\":\"duplicate enrolment\"}")
                        .status())
                .isEqualTo(200);

        JsonNode history = api.get("api/v1/audit/patients/" + studyId + "/history", Keycloak.token("auditor"))
                .json();
        assertThat(history)
                .extracting(
                        e -> e.get("entity").asText() + " " + e.get("operation").asText())
                .containsExactly("patient CREATE", "patient UPDATE", "blood_count CREATE", "patient VOID");
        JsonNode update = history.get(1);
        assertThat(update.get("actorSubject").asText()).isEqualTo(subjectOf(Keycloak.token("coordinator-a")));
        assertThat(update.get("entityId").asText()).isEqualTo(patient.get("id").asText());
        assertThat(update.get("studyId").asText()).isEqualTo(studyId);
        assertThat(update.get("requestId").asText()).isEqualTo(put.header("X-Request-Id"));
        assertThat(update.get("actorUsername").asText()).isEqualTo("coordinator-a");
        assertThat(update.get("actorRoles").asText()).isEqualTo("coordinator");
        assertThat(update.get("actorSites").asText()).isEqualTo("SITE-A");
        assertThat(update.get("entity").asText()).isEqualTo("patient");
        assertThat(update.get("reason").asText()).isEqualTo("drug history found in referral letter");
        assertThat(update.at("/changes/cause/old").asText()).isEqualTo("IDIOPATHIC");
        assertThat(update.at("/changes/cause/new").asText()).isEqualTo("DRUG");
        assertThat(Instant.parse(update.get("occurredAt").asText())).isCloseTo(Instant.now(), within(5));
        JsonNode countEntry = history.get(2);
        assertThat(countEntry.get("entityId").asText())
                .isEqualTo(count.json().get("id").asText());
        assertThat(countEntry.get("studyId").asText()).isEqualTo(studyId);
        assertThat(countEntry.at("/changes/anc/new").asDouble()).isEqualTo(0.4);
        assertThat(history.get(3).get("reason").asText()).isEqualTo("duplicate enrolment");
        assertThat(history).extracting(e -> e.get("seq").asLong()).isSorted();

        JsonNode own =
                api.get(path + "/history", Keycloak.token("coordinator-a")).json();
        assertThat(own).hasSize(4);
    }

    @Test
    void theApplicationRoleCannotAlterTheAuditTrail() throws Exception {
        try (Connection app = Database.asApplication();
                Statement statement = app.createStatement()) {
            for (String table : new String[] {"change_history", "access_log"}) {
                assertThatThrownBy(() -> statement.execute("UPDATE " + table + " SET actor_username = 'x'"))
                        .hasMessageContaining("permission denied");
                assertThatThrownBy(() -> statement.execute("DELETE FROM " + table))
                        .hasMessageContaining("permission denied");
                assertThatThrownBy(() -> statement.execute("TRUNCATE " + table))
                        .hasMessageContaining("permission denied");
            }
            assertThatThrownBy(() -> statement.execute("UPDATE audit_chain SET last_seq = 0"))
                    .hasMessageContaining("permission denied");
            assertThatThrownBy(() -> statement.execute("INSERT INTO change_history (seq, occurred_at, actor_subject,"
                            + " actor_username, actor_roles, actor_sites, operation, entity, entity_id, changes,"
                            + " prev_hash, hash) VALUES (1, now(), 'x', 'x', '', '', 'CREATE', 'patient',"
                            + " gen_random_uuid(), '{}', '', '')"))
                    .as("only the database's own trigger writes the change history")
                    .hasMessageContaining("permission denied");
            assertThatThrownBy(() -> statement.execute("DROP TABLE access_log")).hasMessageContaining("must be owner");
            assertThatThrownBy(() -> statement.execute("ALTER TABLE change_history DISABLE TRIGGER USER"))
                    .hasMessageContaining("must be owner");

            // what the application inserts into the access log is numbered, timed and chained by the database
            statement.execute("INSERT INTO access_log (seq, occurred_at, actor_username, action, outcome, http_status,"
                    + " request_id, prev_hash, hash) VALUES (1, '2001-01-01', 'it-forger', 'READ', 'SUCCESS', 200,"
                    + " 'forged-seq-test', 'x', 'y')");
            assertThat(Database.value(
                            app,
                            "SELECT seq > 1 AND occurred_at > now() - interval '1 minute'"
                                    + " AND length(hash) = 32 AND hash <> 'y'::bytea"
                                    + " FROM access_log WHERE request_id = 'forged-seq-test'"))
                    .isEqualTo("t");
        }
    }

    @Test
    void evenASuperuserCannotChangeTheTrailWithoutSwitchingOffItsTriggers() throws Exception {
        clinic.enrol("coordinator-a", Clinic.studyId("SITE-A"));
        try (Connection root = Database.asSuperuser();
                Statement statement = root.createStatement()) {
            assertThatThrownBy(() -> statement.execute("UPDATE change_history SET reason = 'x'"))
                    .hasMessageContaining("append-only");
            assertThatThrownBy(() -> statement.execute("DELETE FROM access_log"))
                    .hasMessageContaining("append-only");
            assertThatThrownBy(() -> statement.execute("TRUNCATE change_history"))
                    .hasMessageContaining("append-only");
            assertThatThrownBy(() -> statement.execute("UPDATE access_log SET detail = 'x'"))
                    .hasMessageContaining("append-only");
            assertThatThrownBy(() -> statement.execute("DELETE FROM change_history"))
                    .hasMessageContaining("append-only");
            assertThatThrownBy(() -> statement.execute("TRUNCATE access_log")).hasMessageContaining("append-only");
            assertThatThrownBy(() -> statement.execute("UPDATE audit_chain SET last_seq = last_seq - 1"))
                    .as("a chain's head only moves forward")
                    .hasMessageContaining("only moves forward");
            assertThatThrownBy(() -> statement.execute("DELETE FROM audit_chain"))
                    .hasMessageContaining("only moves forward");
            assertThatThrownBy(() -> statement.execute("TRUNCATE audit_chain")).hasMessageContaining("append-only");
        }
    }

    @Test
    void aRolledBackWriteLeavesNoHistoryAndAWriteWithoutAnActorIsRefused() throws Exception {
        String studyId = Clinic.studyId("SITE-A");
        String id = clinic.enrol("coordinator-a", studyId).json().get("id").asText();
        try (Connection app = Database.asApplication();
                Statement statement = app.createStatement()) {
            assertThatThrownBy(() -> statement.execute("UPDATE patient SET cause = 'DRUG' WHERE id = '" + id + "'"))
                    .hasMessageContaining("without an actor");
            app.setAutoCommit(false);
            String actorAndReason = "SELECT set_config('registry.actor_subject', 'it', true),"
                    + " set_config('registry.reason', 'test of atomicity', true)";
            statement.execute(actorAndReason);
            statement.execute("UPDATE patient SET cause = 'DRUG' WHERE id = '" + id + "'");
            app.rollback();
            assertThat(Database.value(app, "SELECT count(*) FROM change_history WHERE study_id = '" + studyId + "'"))
                    .as("a rolled-back change leaves no history")
                    .isEqualTo("1");
            assertThat(Database.value(app, "SELECT cause FROM patient WHERE id = '" + id + "'"))
                    .isEqualTo("IDIOPATHIC");
            app.commit();

            // the history row is appended when the change commits, in the same transaction
            statement.execute(actorAndReason);
            statement.execute("UPDATE patient SET cause = 'DRUG' WHERE id = '" + id + "'");
            app.commit();
            assertThat(Database.value(
                            app,
                            "SELECT count(*) || ' ' || max(reason) FROM change_history WHERE study_id = '" + studyId
                                    + "' AND operation = 'UPDATE'"))
                    .isEqualTo("1 test of atomicity");
            app.commit();

            // without a reason the commit itself is refused, and the change with it
            statement.execute("SELECT set_config('registry.actor_subject', 'it', true)");
            statement.execute("UPDATE patient SET cause = 'VIRAL' WHERE id = '" + id + "'");
            assertThatThrownBy(app::commit).hasMessageContaining("without a reason");
            assertThat(Database.value(app, "SELECT cause FROM patient WHERE id = '" + id + "'"))
                    .isEqualTo("DRUG");
        }
    }

    @Test
    void refusedTokensAreLoggedWithTheirReasonAndWithoutTheToken() {
        String forged = ForgedTokens.resignedWithOtherKey(Keycloak.token("coordinator-a"));
        Reply refused = api.get("api/v1/patients", forged);
        assertThat(refused.status()).isEqualTo(401);
        Reply anonymous = api.get("api/v1/patients", null);
        assertThat(anonymous.status()).isEqualTo(401);

        JsonNode failures = api.get("api/v1/audit/access-log?action=AUTH_FAILED&size=50", Keycloak.token("auditor"))
                .json()
                .get("items");
        assertThat(failures).anySatisfy(entry -> {
            assertThat(entry.get("requestId").asText()).isEqualTo(refused.header("X-Request-Id"));
            assertThat(entry.get("detail").asText()).contains("token refused");
            assertThat(entry.get("path").asText()).isEqualTo("/api/v1/patients");
        });
        assertThat(failures)
                .anySatisfy(entry ->
                        assertThat(entry.get("requestId").asText()).isEqualTo(anonymous.header("X-Request-Id")));
        assertThat(failures.toString()).doesNotContain(forged.substring(0, 40));
    }

    @Test
    void readsSearchesAndExportsAreLoggedWithoutClinicalValues() {
        String studyId = Clinic.studyId("SITE-A");
        String id = clinic.enrol("coordinator-a", studyId).json().get("id").asText();
        api.get("api/v1/patients/" + id, Keycloak.token("investigator"));

        String since = Instant.now().minus(5, ChronoUnit.MINUTES).toString();
        JsonNode reads = api.get(
                        "api/v1/audit/access-log?patient=" + studyId + "&from=" + since, Keycloak.token("auditor"))
                .json()
                .get("items");
        assertThat(reads)
                .extracting(e ->
                        e.get("action").asText() + "/" + e.get("actorUsername").asText())
                .contains("CREATE/coordinator-a", "READ/investigator");
        assertThat(reads.toString()).doesNotContain("IDIOPATHIC").doesNotContain("worked up");

        Reply csv = api.send(
                "GET",
                "api/v1/audit/access-log?actor=investigator&from=" + since,
                Keycloak.token("auditor"),
                null,
                null,
                Map.of("Accept", "text/csv"));
        assertThat(csv.status()).isEqualTo(200);
        assertThat(csv.contentType()).startsWith("text/csv");
        assertThat(csv.body().lines().findFirst().orElseThrow()).startsWith("seq,occurredAt,actorSubject");
        assertThat(csv.body()).contains(studyId);
        assertThat(csv.body().lines().skip(1))
                .allSatisfy(line -> assertThat(line).contains(",investigator,"));

        JsonNode exports = api.get(
                        "api/v1/audit/access-log?actor=auditor&action=EXPORT&from=" + since, Keycloak.token("auditor"))
                .json()
                .get("items");
        assertThat(exports).anySatisfy(e -> {
            assertThat(e.get("requestId").asText()).isEqualTo(csv.header("X-Request-Id"));
            assertThat(e.get("path").asText()).isEqualTo("/api/v1/audit/access-log");
        });
    }

    @Test
    void searchesReturnOnlyWhatTheyAskForPagedAndInOrder() {
        String studyId = Clinic.studyId("SITE-A");
        JsonNode patient = clinic.enrol("coordinator-a", studyId).json();
        String id = patient.get("id").asText();
        for (int i = 0; i < 3; i++) {
            api.get("api/v1/patients/" + id, Keycloak.token("investigator"));
        }
        api.get("api/v1/patients/" + id, Keycloak.token("coordinator-b"));
        String revised = patient.toString().replace("\"cause\":\"IDIOPATHIC\"", "\"cause\":\"VIRAL\"");
        revised = revised.substring(0, revised.length() - 1) + ",\"reason\":\"serology came back\"}";
        clinic.change("PUT", "coordinator-a", "api/v1/patients/" + id, "\"0\"", revised);
        String token = Keycloak.token("auditor");
        String since = Instant.now().minus(5, ChronoUnit.MINUTES).toString();
        String log = "api/v1/audit/access-log?from=" + since + "&patient=" + studyId;

        assertThat(items(log + "&actor=investigator")).hasSize(3).allSatisfy(e -> {
            assertThat(e.get("actorUsername").asText()).isEqualTo("investigator");
            assertThat(e.get("studyId").asText()).isEqualTo(studyId);
        });
        assertThat(items(log + "&action=READ"))
                .as("the three reads; coordinator B's attempt is logged as DENIED")
                .hasSize(3)
                .allSatisfy(e -> assertThat(e.get("action").asText()).isEqualTo("READ"));
        assertThat(items(log + "&outcome=DENIED")).hasSize(1).allSatisfy(e -> {
            assertThat(e.get("actorUsername").asText()).isEqualTo("coordinator-b");
            assertThat(e.get("httpStatus").asInt()).isEqualTo(404);
        });
        String earlier = Instant.parse(since).minus(1, ChronoUnit.HOURS).toString();
        assertThat(items("api/v1/audit/access-log?from=" + earlier + "&to=" + since + "&patient=" + studyId))
                .as("nothing of this patient before the window")
                .isEmpty();

        JsonNode firstPage = api.get(log + "&actor=investigator&size=2", token).json();
        JsonNode secondPage =
                api.get(log + "&actor=investigator&size=2&page=1", token).json();
        assertThat(firstPage.get("items")).hasSize(2);
        assertThat(firstPage.get("hasMore").asBoolean()).isTrue();
        assertThat(secondPage.get("items")).hasSize(1);
        assertThat(secondPage.get("hasMore").asBoolean()).isFalse();
        assertThat(seqs(items(log + "&sort=occurredAt"))).isSorted();
        assertThat(seqs(items(log + "&sort=-occurredAt"))).isSortedAccordingTo(java.util.Comparator.reverseOrder());
        assertThat(seqs(items(log)))
                .as("newest first by default")
                .isSortedAccordingTo(java.util.Comparator.reverseOrder());

        for (String accept : new String[] {null, "*/*", "application/json, text/csv"}) {
            Reply plain = api.send("GET", log, token, null, null, accept == null ? Map.of() : Map.of("Accept", accept));
            assertThat(plain.contentType()).as("Accept " + accept).startsWith("application/json");
        }

        String changes = "api/v1/audit/change-history?from=" + since + "&patient=" + studyId;
        assertThat(items(changes))
                .extracting(e -> e.get("operation").asText())
                .containsExactlyInAnyOrder("CREATE", "UPDATE");
        assertThat(items(changes + "&operation=UPDATE")).singleElement().satisfies(e -> {
            assertThat(e.get("reason").asText()).isEqualTo("serology came back");
            assertThat(e.at("/changes/cause/new").asText()).isEqualTo("VIRAL");
        });
        assertThat(items(changes + "&actor=coordinator-b")).isEmpty();
        assertThat(items(changes + "&entity=blood_count")).isEmpty();
        Reply exported =
                api.send("GET", changes + "&operation=UPDATE", token, null, null, Map.of("Accept", "text/csv"));
        assertThat(exported.status()).isEqualTo(200);
        assertThat(exported.body().lines()).hasSize(2);
        assertThat(exported.body()).contains("serology came back");
        assertThat(api.get("api/v1/audit/access-log?outcome=MAYBE", token).status())
                .isEqualTo(422);
    }

    /** A checkpoint that could never match (a negative entry, a hash that is not SHA-256) is refused, not "verified". */
    @Test
    void aCheckpointThatCouldNeverMatchIsRefusedNamingItsFields() {
        String zeros = "0".repeat(64);
        Reply refused = api.post("api/v1/audit/verify", Keycloak.token("auditor"), """
                {"changeHistory":{"seq":-1,"hash":"%s"},"accessLog":{"seq":3,"hash":"not-hex"}}""".formatted(zeros));
        assertThat(refused.status()).isEqualTo(422);
        assertThat(refused.json().get("errors"))
                .extracting(e -> e.get("field").asText())
                .containsExactlyInAnyOrder("$.changeHistory.seq", "$.accessLog.hash");

        Reply shortHash = api.post(
                "api/v1/audit/verify", Keycloak.token("auditor"), """
                {"changeHistory":{"seq":1,"hash":"%s"},"accessLog":{"seq":1,"hash":"%s"}}""".formatted(zeros.substring(1) + "g", zeros));
        assertThat(shortHash.status()).isEqualTo(422);
        assertThat(shortHash.json().at("/errors/0/field").asText()).isEqualTo("$.changeHistory.hash");
    }

    @Test
    void refusedAndInvalidRequestsAreLoggedWithTheirOutcome() {
        JsonNode patient =
                clinic.enrol("coordinator-a", Clinic.studyId("SITE-A")).json();
        Reply invalid = clinic.change(
                "PUT", "coordinator-a", "api/v1/patients/" + patient.get("id").asText(), "\"0\"", patient.toString());
        assertThat(invalid.status()).isEqualTo(422);
        Reply forbidden = api.get("api/v1/audit/verify", Keycloak.token("coordinator-a"));
        assertThat(forbidden.status()).isEqualTo(403);
        String since = Instant.now().minus(5, ChronoUnit.MINUTES).toString();
        JsonNode mine = api.get(
                        "api/v1/audit/access-log?actor=coordinator-a&size=200&from=" + since, Keycloak.token("auditor"))
                .json()
                .get("items");
        assertThat(mine).anySatisfy(e -> {
            assertThat(e.get("requestId").asText()).isEqualTo(invalid.header("X-Request-Id"));
            assertThat(e.get("outcome").asText()).isEqualTo("INVALID");
            assertThat(e.get("action").asText()).isEqualTo("UPDATE");
            assertThat(e.get("httpStatus").asInt()).isEqualTo(422);
        });
        assertThat(mine).anySatisfy(e -> {
            assertThat(e.get("requestId").asText()).isEqualTo(forbidden.header("X-Request-Id"));
            assertThat(e.get("outcome").asText()).isEqualTo("DENIED");
            assertThat(e.get("action").asText()).isEqualTo("DENIED");
        });
    }

    @Test
    void verificationDuringWritesFindsTheChainsIntact() throws Exception {
        var pool = java.util.concurrent.Executors.newFixedThreadPool(4);
        java.util.concurrent.atomic.AtomicBoolean writing = new java.util.concurrent.atomic.AtomicBoolean(true);
        try {
            var writers = new java.util.ArrayList<java.util.concurrent.Future<?>>();
            for (int w = 0; w < 3; w++) {
                writers.add(pool.submit(() -> {
                    while (writing.get()) {
                        api.post(
                                "api/v1/patients",
                                Keycloak.token("coordinator-a"),
                                Clinic.severePatient(Clinic.studyId("SITE-A")));
                    }
                    return null;
                }));
            }
            for (int i = 0; i < 8; i++) {
                JsonNode verdict = api.get("api/v1/audit/verify", Keycloak.token("auditor"))
                        .json();
                assertThat(verdict.get("intact").asBoolean())
                        .as("verification %d while patients are enrolled: %s", i, verdict)
                        .isTrue();
            }
            writing.set(false);
            for (var writer : writers) {
                writer.get();
            }
        } finally {
            writing.set(false);
            pool.shutdownNow();
        }
    }

    private JsonNode items(String query) {
        Reply reply = api.get(query + (query.contains("size=") ? "" : "&size=200"), Keycloak.token("auditor"));
        assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
        return reply.json().get("items");
    }

    private static java.util.List<Long> seqs(JsonNode items) {
        java.util.List<Long> seqs = new java.util.ArrayList<>();
        items.forEach(e -> seqs.add(e.get("seq").asLong()));
        return seqs;
    }

    /** The {@code sub} claim of an access token. */
    private static String subjectOf(String token) {
        String payload = new String(
                java.util.Base64.getUrlDecoder().decode(token.split("\\.")[1]),
                java.nio.charset.StandardCharsets.UTF_8);
        return new Reply(200, null, payload).json().get("sub").asText();
    }

    @Test
    void concurrentWritesAppendOneAfterAnotherWithoutGapsOrForks() throws Exception {
        var pool = java.util.concurrent.Executors.newFixedThreadPool(8);
        try {
            var writes = new java.util.ArrayList<java.util.concurrent.Future<Reply>>();
            for (int i = 0; i < 24; i++) {
                writes.add(pool.submit(() -> api.post(
                        "api/v1/patients",
                        Keycloak.token("coordinator-a"),
                        Clinic.severePatient(Clinic.studyId("SITE-A")))));
            }
            for (var write : writes) {
                assertThat(write.get().status()).isEqualTo(201);
            }
        } finally {
            pool.shutdown();
        }
        try (Connection app = Database.asApplication()) {
            assertThat(Database.value(app, "SELECT count(*) = max(seq) AND min(seq) = 1 FROM change_history"))
                    .as("sequence numbers without gaps")
                    .isEqualTo("t");
            assertThat(Database.value(
                            app,
                            "SELECT count(*) FROM (SELECT prev_hash FROM change_history"
                                    + " GROUP BY prev_hash HAVING count(*) > 1) AS forks"))
                    .as("no two entries follow the same one")
                    .isEqualTo("0");
        }
        assertThat(api.get("api/v1/audit/verify", Keycloak.token("auditor"))
                        .json()
                        .get("intact")
                        .asBoolean())
                .isTrue();
    }

    /**
     * Two application instances on one database: the chain is serialised by PostgreSQL, so what a second instance
     * is to it — other connections, appending in transactions of several entries at once — is simulated by two
     * groups of connections of the application role writing beside the deployed API. Afterwards both chains are
     * gap-free, nothing forks, and verification finds them intact.
     */
    @Test
    void twoInstancesAppendingAtOnceNeverForkTheChains() throws Exception {
        var pool = java.util.concurrent.Executors.newFixedThreadPool(8);
        try {
            var work = new java.util.ArrayList<java.util.concurrent.Future<?>>();
            for (int instance = 0; instance < 2; instance++) {
                for (int connection = 0; connection < 3; connection++) {
                    String name = "instance-" + instance + "-connection-" + connection;
                    work.add(pool.submit(() -> {
                        try (Connection app = Database.asApplication();
                                Statement statement = app.createStatement()) {
                            app.setAutoCommit(false);
                            for (int tx = 0; tx < 20; tx++) {
                                for (int entry = 0; entry < 5; entry++) {
                                    statement.execute(
                                            "INSERT INTO access_log (seq, occurred_at, actor_username, action,"
                                                    + " outcome, http_status, request_id, prev_hash, hash) VALUES (0, now(), '"
                                                    + name + "', 'READ', 'SUCCESS', 200, '" + name + "-" + tx + "-"
                                                    + entry
                                                    + "', '', '')");
                                }
                                app.commit();
                            }
                        }
                        return null;
                    }));
                }
            }
            for (int i = 0; i < 2; i++) {
                work.add(pool.submit(() -> {
                    for (int k = 0; k < 10; k++) {
                        assertThat(api.post(
                                                "api/v1/patients",
                                                Keycloak.token("coordinator-a"),
                                                Clinic.severePatient(Clinic.studyId("SITE-A")))
                                        .status())
                                .isEqualTo(201);
                    }
                    return null;
                }));
            }
            for (var w : work) {
                w.get(5, java.util.concurrent.TimeUnit.MINUTES);
            }
        } finally {
            pool.shutdownNow();
        }
        try (Connection app = Database.asApplication()) {
            for (String table : new String[] {"access_log", "change_history"}) {
                assertThat(Database.value(app, "SELECT count(*) = max(seq) AND min(seq) = 1 FROM " + table))
                        .as(table + ": sequence numbers without gaps")
                        .isEqualTo("t");
                assertThat(Database.value(
                                app,
                                "SELECT count(*) FROM (SELECT prev_hash FROM " + table
                                        + " GROUP BY prev_hash HAVING count(*) > 1) AS forks"))
                        .as(table + ": no two entries follow the same one")
                        .isEqualTo("0");
            }
            assertThat(Database.value(
                            app, "SELECT count(*) FROM access_log WHERE actor_username LIKE 'instance-%-connection-%'"))
                    .isEqualTo(String.valueOf(2 * 3 * 20 * 5));
        }
        assertThat(api.get("api/v1/audit/verify", Keycloak.token("auditor"))
                        .json()
                        .get("intact")
                        .asBoolean())
                .isTrue();
    }

    @Test
    void theChainsVerifyAndACheckpointRoundTrips() {
        clinic.enrol("coordinator-a", Clinic.studyId("SITE-A"));
        JsonNode verdict =
                api.get("api/v1/audit/verify", Keycloak.token("auditor")).json();
        assertThat(verdict.get("intact").asBoolean()).isTrue();
        assertThat(verdict.at("/changeHistory/checked").asLong()).isPositive();
        assertThat(verdict.at("/accessLog/checked").asLong()).isPositive();

        Reply checkpoint = api.get("api/v1/audit/checkpoint", Keycloak.token("auditor"));
        assertThat(checkpoint.json().at("/changeHistory/hash").asText()).hasSize(64);
        Reply against = api.post("api/v1/audit/verify", Keycloak.token("auditor"), checkpoint.body());
        assertThat(against.status()).isEqualTo(200);
        assertThat(against.json().get("intact").asBoolean()).isTrue();
    }

    private static org.assertj.core.data.TemporalUnitOffset within(long seconds) {
        return new org.assertj.core.data.TemporalUnitWithinOffset(seconds, ChronoUnit.SECONDS);
    }
}
