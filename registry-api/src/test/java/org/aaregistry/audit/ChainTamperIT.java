package org.aaregistry.audit;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URL;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import org.aaregistry.it.Api;
import org.aaregistry.it.Clinic;
import org.aaregistry.it.Database;
import org.aaregistry.it.Keycloak;
import org.aaregistry.it.RegistryDeployment;
import org.aaregistry.it.Reply;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.TargetsContainer;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * An attacker with superuser rights on the database tampers with the change history directly in SQL — changes a
 * value, deletes an entry, forges one, swaps two, rewrites the whole chain consistently — and the auditor's
 * verification finds each. Runs on a database of its own (container {@code payara-micro-tamper}); every test
 * restores the trail it tampered with.
 */
@ExtendWith(ArquillianExtension.class)
class ChainTamperIT {

    static final String TAMPER_DB =
            System.getProperty("registry.tamper.db.url", "jdbc:postgresql://localhost:5432/registry_tamper_test");

    @Deployment(testable = false)
    @TargetsContainer("payara-micro-tamper")
    static WebArchive deployment() {
        return RegistryDeployment.builtApi();
    }

    @ArquillianResource
    URL deployment;

    Api api;

    @BeforeEach
    void aTrailWorthTamperingWith() throws SQLException {
        api = new Api(deployment);
        Clinic clinic = new Clinic(api);
        JsonNode patient =
                clinic.enrol("coordinator-a", Clinic.studyId("SITE-A")).json();
        clinic.add(
                "coordinator-a",
                patient.get("id").asText(),
                "blood-counts",
                "{\"sampleDate\":\"2024-02-01\",\"anc\":0.4}");
        clinic.enrol("coordinator-a", Clinic.studyId("SITE-A"));
        assertThat(verify().get("intact").asBoolean()).isTrue();
        sql("DROP TABLE IF EXISTS backup_change_history; DROP TABLE IF EXISTS backup_audit_chain;"
                + " CREATE TABLE backup_change_history AS SELECT * FROM change_history;"
                + " CREATE TABLE backup_audit_chain AS SELECT * FROM audit_chain WHERE chain = 'change_history'");
    }

    @AfterEach
    void restoreTheTrail() throws SQLException {
        sql("ALTER TABLE change_history DISABLE TRIGGER USER; ALTER TABLE audit_chain DISABLE TRIGGER USER;"
                + " DELETE FROM change_history; INSERT INTO change_history SELECT * FROM backup_change_history;"
                + " DELETE FROM audit_chain WHERE chain = 'change_history';"
                + " INSERT INTO audit_chain SELECT * FROM backup_audit_chain;"
                + " ALTER TABLE change_history ENABLE TRIGGER USER; ALTER TABLE audit_chain ENABLE TRIGGER USER;");
        assertThat(verify().get("intact").asBoolean()).as("trail restored").isTrue();
    }

    @Test
    void aChangedValueIsFound() throws SQLException {
        long seq = middleEntry();
        tamper("UPDATE change_history SET reason = 'nothing to see' WHERE seq = " + seq);
        assertBrokenAt(seq);
    }

    @Test
    void aDeletedEntryIsFound() throws SQLException {
        long seq = middleEntry();
        tamper("DELETE FROM change_history WHERE seq = " + seq);
        assertBrokenAt(seq);
    }

    @Test
    void aDeletedTailIsFound() throws SQLException {
        long last = Long.parseLong(value("SELECT max(seq) FROM change_history"));
        tamper("DELETE FROM change_history WHERE seq = " + last);
        assertBrokenAt(last);
    }

    @Test
    void aForgedEntryIsFound() throws SQLException {
        long next = Long.parseLong(value("SELECT max(seq) FROM change_history")) + 1;
        tamper("INSERT INTO change_history SELECT " + next + ", occurred_at, actor_subject, 'admin', actor_roles,"
                + " actor_sites, request_id, 'UPDATE', entity, entity_id, patient_id, study_id, changes, 'forged', hash,"
                + " sha256('forged'::bytea) FROM change_history WHERE seq = " + (next - 1)
                + "; UPDATE audit_chain SET last_seq = " + next + " WHERE chain = 'change_history'");
        assertBrokenAt(next);
    }

    @Test
    void twoSwappedEntriesAreFound() throws SQLException {
        long seq = middleEntry();
        tamper("UPDATE change_history SET seq = -1 WHERE seq = " + seq + ";"
                + " UPDATE change_history SET seq = " + seq + " WHERE seq = " + (seq + 1) + ";"
                + " UPDATE change_history SET seq = " + (seq + 1) + " WHERE seq = -1");
        assertBrokenAt(seq);
    }

    @Test
    void aConsistentRewriteOfTheWholeChainIsFoundAgainstAnEarlierCheckpoint() throws SQLException {
        String checkpoint =
                api.get("api/v1/audit/checkpoint", Keycloak.token("auditor")).body();
        // the attacker changes the first entry and recomputes every hash after it, and the head
        tamper("UPDATE change_history SET actor_username = 'someone-else' WHERE seq = 1;"
                + " DO $$ DECLARE r record; previous bytea := decode(repeat('00', 32), 'hex'); h bytea; BEGIN"
                + " FOR r IN SELECT * FROM change_history ORDER BY seq LOOP"
                + "  h := sha256(convert_to(audit_field(r.seq::text) || audit_field(audit_time(r.occurred_at))"
                + "   || audit_field(r.actor_subject) || audit_field(r.actor_username) || audit_field(r.actor_roles)"
                + "   || audit_field(r.actor_sites) || audit_field(r.request_id) || audit_field(r.operation)"
                + "   || audit_field(r.entity) || audit_field(r.entity_id::text) || audit_field(r.patient_id::text)"
                + "   || audit_field(r.study_id) || audit_field(r.changes::text) || audit_field(r.reason)"
                + "   || audit_field(encode(previous, 'hex')), 'UTF8'));"
                + "  UPDATE change_history SET prev_hash = previous, hash = h WHERE seq = r.seq;"
                + "  previous := h; END LOOP;"
                + " UPDATE audit_chain SET last_hash = previous WHERE chain = 'change_history'; END $$");
        assertThat(verify().get("intact").asBoolean())
                .as("a consistent rewrite passes a plain verification")
                .isTrue();
        Reply against = api.post("api/v1/audit/verify", Keycloak.token("auditor"), checkpoint);
        assertThat(against.json().get("intact").asBoolean()).isFalse();
        assertThat(against.json().at("/changeHistory/firstBrokenSeq").asLong())
                .as("the entry the checkpoint was taken at no longer has the exported hash")
                .isEqualTo(new Reply(200, null, checkpoint)
                        .json()
                        .at("/changeHistory/seq")
                        .asLong());
        assertThat(against.json().at("/accessLog/intact").asBoolean()).isTrue();
    }

    @Test
    void aChangedAccessLogEntryIsFound() throws SQLException {
        long seq = Long.parseLong(value("SELECT max(seq) / 2 FROM access_log"));
        String path = value("SELECT path FROM access_log WHERE seq = " + seq);
        sql("ALTER TABLE access_log DISABLE TRIGGER USER; UPDATE access_log SET path = '/api/v1/nothing-here'"
                + " WHERE seq = " + seq + "; ALTER TABLE access_log ENABLE TRIGGER USER;");
        try {
            JsonNode verdict = verify();
            assertThat(verdict.get("intact").asBoolean()).isFalse();
            assertThat(verdict.at("/accessLog/firstBrokenSeq").asLong()).isEqualTo(seq);
            assertThat(verdict.at("/changeHistory/intact").asBoolean()).isTrue();
        } finally {
            sql("ALTER TABLE access_log DISABLE TRIGGER USER; UPDATE access_log SET path = "
                    + (path == null ? "NULL" : "'" + path.replace("'", "''") + "'") + " WHERE seq = " + seq
                    + "; ALTER TABLE access_log ENABLE TRIGGER USER;");
        }
    }

    @Test
    void whenTheHistoryCannotBeWrittenTheClinicalChangeRollsBack() throws SQLException {
        String studyId = Clinic.studyId("SITE-A");
        sql("ALTER TABLE change_history ADD CONSTRAINT tamper_refuses_every_entry CHECK (false) NOT VALID");
        Reply refused;
        try {
            refused = api.post("api/v1/patients", Keycloak.token("coordinator-a"), Clinic.severePatient(studyId));
            assertThat(refused.status()).isGreaterThanOrEqualTo(500);
            assertThat(refused.contentType()).startsWith("application/problem+json");
        } finally {
            sql("ALTER TABLE change_history DROP CONSTRAINT tamper_refuses_every_entry");
        }
        assertThat(value("SELECT count(*) FROM patient WHERE study_id = '" + studyId + "'"))
                .isEqualTo("0");
        assertThat(value("SELECT outcome || ' ' || action || ' ' || http_status FROM access_log WHERE request_id = '"
                        + refused.header("X-Request-Id") + "'"))
                .as("the failed call is in the access log although its transaction rolled back")
                .isEqualTo("FAILED CREATE " + refused.status());
    }

    private void assertBrokenAt(long seq) {
        JsonNode verdict = verify();
        assertThat(verdict.get("intact").asBoolean()).isFalse();
        assertThat(verdict.at("/changeHistory/intact").asBoolean()).isFalse();
        assertThat(verdict.at("/changeHistory/firstBrokenSeq").asLong()).isEqualTo(seq);
    }

    private long middleEntry() throws SQLException {
        return Long.parseLong(value("SELECT max(seq) / 2 FROM change_history"));
    }

    private JsonNode verify() {
        Reply reply = api.get("api/v1/audit/verify", Keycloak.token("auditor"));
        assertThat(reply.status()).isEqualTo(200);
        return reply.json();
    }

    /** As the attacker: the append-only triggers switched off, then the statement. */
    private static void tamper(String statements) throws SQLException {
        sql("ALTER TABLE change_history DISABLE TRIGGER USER; ALTER TABLE audit_chain DISABLE TRIGGER USER; "
                + statements + "; ALTER TABLE change_history ENABLE TRIGGER USER;"
                + " ALTER TABLE audit_chain ENABLE TRIGGER USER;");
    }

    private static void sql(String statements) throws SQLException {
        try (Connection root = Database.asSuperuser(TAMPER_DB);
                Statement statement = root.createStatement()) {
            statement.execute(statements);
        }
    }

    private static String value(String query) throws SQLException {
        try (Connection root = Database.asSuperuser(TAMPER_DB)) {
            return Database.value(root, query);
        }
    }
}
