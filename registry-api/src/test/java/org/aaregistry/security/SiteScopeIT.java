package org.aaregistry.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URL;
import java.util.List;
import java.util.UUID;
import org.aaregistry.it.Api;
import org.aaregistry.it.Clinic;
import org.aaregistry.it.Keycloak;
import org.aaregistry.it.RegistryDeployment;
import org.aaregistry.it.Reply;
import org.aaregistry.it.TestRealm;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Site scope at every depth: a coordinator of site B reaches nothing of a site-A patient — not the patient, not
 * a count, line, transplant, chimerism result, event, response or history — and is answered exactly as for a
 * record that does not exist, changes nothing, and is logged as denied. Investigators read without free text;
 * auditors and admins read no clinical record.
 */
@ExtendWith(ArquillianExtension.class)
class SiteScopeIT {

    @Deployment(testable = false)
    static WebArchive deployment() {
        return RegistryDeployment.builtApi();
    }

    @ArquillianResource
    URL deployment;

    Api api;
    Clinic clinic;
    String studyId;
    String patient;
    String count;
    String line;
    String transplant;
    String chimerism;
    String event;

    @BeforeEach
    void aSiteAPatientWithAWholeCourse() {
        api = new Api(deployment);
        clinic = new Clinic(api);
        studyId = Clinic.studyId("SITE-A");
        patient = clinic.enrol("coordinator-a", studyId).json().get("id").asText();
        line = id(clinic.add(
                "coordinator-a",
                patient,
                "treatment-lines",
                "{\"regimen\":\"HATG_CSA\",\"startDate\":\"2024-01-15\",\"intent\":\"FIRST_LINE\"}"));
        count = id(clinic.add(
                "coordinator-a",
                patient,
                "blood-counts",
                "{\"sampleDate\":\"2024-04-15\",\"anc\":1.2,\"hemoglobin\":105,\"platelets\":110}"));
        transplant = id(clinic.add(
                "coordinator-a",
                patient,
                "transplants",
                "{\"transplantDate\":\"2024-09-01\",\"donorType\":\"MSD\",\"graftSource\":\"BM\"}"));
        chimerism = id(clinic.add(
                "coordinator-a",
                patient,
                "transplants/" + transplant + "/chimerism",
                "{\"sampleDate\":\"2024-10-01\",\"lineage\":\"T_CELL\",\"donorPercent\":97}"));
        event = id(clinic.add(
                "coordinator-a",
                patient,
                "events",
                "{\"eventType\":\"PNH_CLINICAL\",\"eventDate\":\"2024-08-01\",\"detail\":\"hemolysis, LDH 900\"}"));
    }

    @Test
    void anotherSitesCoordinatorGetsNotFoundAtEveryDepthExactlyAsForAMissingId() {
        String base = "api/v1/patients/" + patient;
        List<String> paths = List.of(
                base,
                base + "/history",
                base + "/responses",
                base + "/events",
                base + "/events/" + event,
                base + "/blood-counts",
                base + "/blood-counts/" + count,
                base + "/treatment-lines/" + line,
                base + "/transplants/" + transplant,
                base + "/transplants/" + transplant + "/chimerism/" + chimerism);
        JsonNode missing = api.get("api/v1/patients/" + UUID.randomUUID(), Keycloak.token("coordinator-b"))
                .json();
        for (String path : paths) {
            Reply reply = api.get(path, Keycloak.token("coordinator-b"));
            assertThat(reply.status()).as(path).isEqualTo(404);
            assertThat(reply.json().get("detail")).as(path).isEqualTo(missing.get("detail"));
            assertThat(reply.json().get("type")).as(path).isEqualTo(missing.get("type"));
        }
    }

    @Test
    void anotherSitesCoordinatorChangesNothingAndIsLoggedAsDenied() {
        String base = "api/v1/patients/" + patient;
        String reason = ",\"reason\":\"trying\"}";
        assertThat(clinic.change(
                                "PUT",
                                "coordinator-b",
                                base + "/blood-counts/" + count,
                                "\"0\"",
                                "{\"sampleDate\":\"2024-04-15\",\"anc\":0.1" + reason)
                        .status())
                .isEqualTo(404);
        assertThat(clinic.change(
                                "DELETE",
                                "coordinator-b",
                                base + "/treatment-lines/" + line,
                                "\"0\"",
                                "{\"reason\":\"trying\"}")
                        .status())
                .isEqualTo(404);
        assertThat(clinic.change("DELETE", "coordinator-b", base, "\"0\"", "{\"reason\":\"trying\"}")
                        .status())
                .isEqualTo(404);
        assertThat(api.post(
                                base + "/blood-counts",
                                Keycloak.token("coordinator-b"),
                                "{\"sampleDate\":\"2024-05-01\",\"anc\":0.1}")
                        .status())
                .isEqualTo(404);

        Reply counts = api.get(base + "/blood-counts", Keycloak.token("coordinator-a"));
        assertThat(counts.json()).hasSize(1);
        assertThat(counts.json().get(0).get("anc").asDouble()).isEqualTo(1.2);
        assertThat(api.get(base, Keycloak.token("coordinator-a"))
                        .json()
                        .get("voided")
                        .asBoolean())
                .isFalse();

        JsonNode denied = api.get(
                        "api/v1/audit/access-log?actor=coordinator-b&action=DENIED&patient=" + studyId,
                        Keycloak.token("auditor"))
                .json();
        assertThat(denied.get("items")).hasSizeGreaterThanOrEqualTo(4);
        assertThat(denied.get("items")).allSatisfy(entry -> {
            assertThat(entry.get("outcome").asText()).isEqualTo("DENIED");
            assertThat(entry.get("httpStatus").asInt()).isEqualTo(404);
        });
    }

    @Test
    void anotherSitesPatientsAreNotListedWhateverTheFilter() {
        String token = Keycloak.token("coordinator-b");
        assertThat(api.get("api/v1/patients?site=SITE-A", token)
                        .json()
                        .get("total")
                        .asLong())
                .isZero();
        assertThat(api.get("api/v1/patients?studyId=" + studyId, token)
                        .json()
                        .get("total")
                        .asLong())
                .isZero();
        assertThat(api.get("api/v1/patients?studyId=" + studyId, Keycloak.token("coordinator-a"))
                        .json()
                        .get("total")
                        .asLong())
                .isEqualTo(1);
    }

    @Test
    void investigatorsReadEverySiteWithoutFreeText() {
        String token = Keycloak.token("investigator");
        JsonNode record = api.get("api/v1/patients/" + patient, token).json();
        assertThat(record.get("studyId").asText()).isEqualTo(studyId);
        assertThat(record.has("causeDetail")).isFalse();
        JsonNode events =
                api.get("api/v1/patients/" + patient + "/events", token).json();
        assertThat(events.get(0).has("detail")).isFalse();
        assertThat(api.get("api/v1/patients/" + patient + "/history", token).status())
                .isEqualTo(403);
        assertThat(api.post("api/v1/patients", token, Clinic.severePatient(Clinic.studyId("SITE-A")))
                        .status())
                .isEqualTo(403);
    }

    @Test
    void auditorsAndAdminsReadNoClinicalRecord() {
        for (String user : new String[] {"auditor", "admin"}) {
            assertThat(api.get("api/v1/patients", Keycloak.token(user)).status())
                    .as(user)
                    .isEqualTo(403);
            assertThat(api.get("api/v1/patients/" + patient, Keycloak.token(user))
                            .status())
                    .as(user)
                    .isEqualTo(403);
            assertThat(api.get("api/v1/patients/" + patient + "/blood-counts", Keycloak.token(user))
                            .status())
                    .as(user)
                    .isEqualTo(403);
        }
    }

    @Test
    void aCoordinatorWithoutASiteReachesNothing() {
        TestRealm.ensure();
        String token = Keycloak.token(TestRealm.COORDINATOR_WITHOUT_SITE);
        assertThat(api.get("api/v1/patients", token).status()).isEqualTo(403);
        assertThat(api.post("api/v1/patients", token, Clinic.severePatient(Clinic.studyId("SITE-A")))
                        .status())
                .isEqualTo(403);
    }

    @Test
    void onlyAuditorsReachTheAuditTrail() {
        for (String user : new String[] {"coordinator-a", "investigator", "admin"}) {
            assertThat(api.get("api/v1/audit/verify", Keycloak.token(user)).status())
                    .as(user)
                    .isEqualTo(403);
            assertThat(api.get("api/v1/audit/access-log", Keycloak.token(user)).status())
                    .as(user)
                    .isEqualTo(403);
        }
        assertThat(api.get("api/v1/audit/verify", Keycloak.token("auditor")).status())
                .isEqualTo(200);
    }

    private static String id(Reply reply) {
        return reply.json().get("id").asText();
    }
}
