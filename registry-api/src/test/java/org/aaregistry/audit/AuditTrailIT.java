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
        assertThat(clinic.change("PUT", "coordinator-a", path, "\"0\"", revised).status())
                .isEqualTo(200);
        assertThat(clinic.change("DELETE", "coordinator-a", path, "\"1\"", "{\"reason\":\"duplicate enrolment\"}")
                        .status())
                .isEqualTo(200);

        JsonNode history = api.get("api/v1/audit/patients/" + studyId + "/history", Keycloak.token("auditor"))
                .json();
        assertThat(history).extracting(e -> e.get("operation").asText()).containsExactly("CREATE", "UPDATE", "VOID");
        JsonNode update = history.get(1);
        assertThat(update.get("actorUsername").asText()).isEqualTo("coordinator-a");
        assertThat(update.get("actorRoles").asText()).isEqualTo("coordinator");
        assertThat(update.get("actorSites").asText()).isEqualTo("SITE-A");
        assertThat(update.get("entity").asText()).isEqualTo("patient");
        assertThat(update.get("reason").asText()).isEqualTo("drug history found in referral letter");
        assertThat(update.at("/changes/cause/old").asText()).isEqualTo("IDIOPATHIC");
        assertThat(update.at("/changes/cause/new").asText()).isEqualTo("DRUG");
        assertThat(Instant.parse(update.get("occurredAt").asText())).isCloseTo(Instant.now(), within(5));
        assertThat(history.get(2).get("reason").asText()).isEqualTo("duplicate enrolment");

        JsonNode own =
                api.get(path + "/history", Keycloak.token("coordinator-a")).json();
        assertThat(own).hasSize(3);
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
            statement.execute("SELECT set_config('registry.actor_subject', 'it', true),"
                    + " set_config('registry.reason', 'test of atomicity', true)");
            statement.execute("UPDATE patient SET cause = 'DRUG' WHERE id = '" + id + "'");
            assertThat(Database.value(app, "SELECT count(*) FROM change_history WHERE study_id = '" + studyId + "'"))
                    .isEqualTo("2");
            app.rollback();
            assertThat(Database.value(app, "SELECT count(*) FROM change_history WHERE study_id = '" + studyId + "'"))
                    .isEqualTo("1");
            assertThat(Database.value(app, "SELECT cause FROM patient WHERE id = '" + id + "'"))
                    .isEqualTo("IDIOPATHIC");
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

        JsonNode exports = api.get(
                        "api/v1/audit/access-log?actor=auditor&action=EXPORT&from=" + since, Keycloak.token("auditor"))
                .json()
                .get("items");
        assertThat(exports).isNotEmpty();
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
