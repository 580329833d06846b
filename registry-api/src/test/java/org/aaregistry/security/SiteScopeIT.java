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
    String recorded;

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
        recorded = id(clinic.add(
                "coordinator-a",
                patient,
                "recorded-responses",
                "{\"treatmentLineId\":\"" + line + "\",\"timePoint\":\"MONTH_3\",\"category\":\"PR\","
                        + "\"note\":\"assessed in clinic by Dr Example\"}"));
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
                base + "/treatment-lines",
                base + "/treatment-lines/" + line,
                base + "/transplants",
                base + "/transplants/" + transplant,
                base + "/transplants/" + transplant + "/chimerism",
                base + "/transplants/" + transplant + "/chimerism/" + chimerism,
                base + "/recorded-responses/" + recorded);
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
    void noWriteOfAnotherSitesCoordinatorReachesAnyPartOfTheRecord() {
        String base = "api/v1/patients/" + patient;
        String snapshot = recordAsSiteASeesIt();
        String why = ",\"reason\":\"trying\"}";
        String severe = Clinic.severePatient(studyId);
        List<String[]> changes = List.of(
                new String[] {"PUT", base, severe.substring(0, severe.length() - 1) + why},
                new String[] {"PUT", base + "/blood-counts/" + count, "{\"sampleDate\":\"2024-04-15\",\"anc\":0.1" + why
                },
                new String[] {
                    "PUT",
                    base + "/treatment-lines/" + line,
                    "{\"regimen\":\"RATG_CSA\",\"startDate\":\"2024-01-15\"" + why
                },
                new String[] {
                    "PUT",
                    base + "/transplants/" + transplant,
                    "{\"transplantDate\":\"2024-09-01\",\"donorType\":\"MUD\",\"graftSource\":\"BM\"" + why
                },
                new String[] {
                    "PUT",
                    base + "/transplants/" + transplant + "/chimerism/" + chimerism,
                    "{\"sampleDate\":\"2024-10-01\",\"lineage\":\"T_CELL\",\"donorPercent\":3" + why
                },
                new String[] {
                    "PUT",
                    base + "/events/" + event,
                    "{\"eventType\":\"PNH_CLINICAL\",\"eventDate\":\"2024-08-02\"" + why
                },
                new String[] {
                    "PUT", base + "/recorded-responses/" + recorded, "{\"category\":\"CR\",\"note\":\"x\"" + why
                });
        List<String> voidable = List.of(
                base + "/blood-counts/" + count,
                base + "/treatment-lines/" + line,
                base + "/transplants/" + transplant,
                base + "/transplants/" + transplant + "/chimerism/" + chimerism,
                base + "/events/" + event,
                base + "/recorded-responses/" + recorded,
                base);
        List<String[]> additions = List.of(
                new String[] {base + "/blood-counts", "{\"sampleDate\":\"2024-05-01\",\"anc\":0.1}"},
                new String[] {base + "/treatment-lines", "{\"regimen\":\"CSA_ALONE\",\"startDate\":\"2024-05-01\"}"},
                new String[] {base + "/transplants", "{\"transplantDate\":\"2024-11-01\",\"donorType\":\"HAPLO\"}"},
                new String[] {
                    base + "/transplants/" + transplant + "/chimerism",
                    "{\"sampleDate\":\"2024-11-01\",\"lineage\":\"WHOLE_BLOOD\",\"donorPercent\":50}"
                },
                new String[] {base + "/events", "{\"eventType\":\"PNH_CLINICAL\",\"eventDate\":\"2024-09-01\"}"},
                new String[] {
                    base + "/recorded-responses",
                    "{\"treatmentLineId\":\"" + line
                            + "\",\"timePoint\":\"MONTH_6\",\"category\":\"CR\",\"note\":\"x\"}"
                });

        for (String[] change : changes) {
            assertThat(clinic.change(change[0], "coordinator-b", change[1], "\"0\"", change[2])
                            .status())
                    .as(change[0] + " " + change[1])
                    .isEqualTo(404);
        }
        for (String path : voidable) {
            assertThat(clinic.change("DELETE", "coordinator-b", path, "\"0\"", "{\"reason\":\"trying\"}")
                            .status())
                    .as("DELETE " + path)
                    .isEqualTo(404);
        }
        for (String[] addition : additions) {
            assertThat(api.post(addition[0], Keycloak.token("coordinator-b"), addition[1])
                            .status())
                    .as("POST " + addition[0])
                    .isEqualTo(404);
        }

        assertThat(recordAsSiteASeesIt())
                .as("the whole record and its history, unchanged")
                .isEqualTo(snapshot);
        JsonNode denied = api.get(
                        "api/v1/audit/access-log?actor=coordinator-b&action=DENIED&size=100&patient=" + studyId,
                        Keycloak.token("auditor"))
                .json()
                .get("items");
        assertThat(denied).hasSize(changes.size() + voidable.size() + additions.size());
    }

    @Test
    void anotherSitesRecordIdUnderOnesOwnPatientIsNotFoundAndLoggedAsDenied() {
        String patientB = clinic.enrol("coordinator-b", Clinic.studyId("SITE-B"))
                .json()
                .get("id")
                .asText();
        String countB = id(
                clinic.add("coordinator-b", patientB, "blood-counts", "{\"sampleDate\":\"2024-04-15\",\"anc\":0.9}"));
        String ownPath = "api/v1/patients/" + patient + "/blood-counts/" + countB;
        JsonNode missing = api.get(
                        "api/v1/patients/" + patient + "/blood-counts/" + UUID.randomUUID(),
                        Keycloak.token("coordinator-a"))
                .json();

        Reply read = api.get(ownPath, Keycloak.token("coordinator-a"));
        assertThat(read.status()).isEqualTo(404);
        assertThat(read.json().get("detail")).isEqualTo(missing.get("detail"));
        Reply change = clinic.change(
                "PUT",
                "coordinator-a",
                ownPath,
                "\"0\"",
                "{\"sampleDate\":\"2024-04-15\",\"anc\":0.1,\"reason\":\"x\"}");
        assertThat(change.status()).isEqualTo(404);
        assertThat(api.get("api/v1/patients/" + patientB + "/blood-counts/" + countB, Keycloak.token("coordinator-b"))
                        .json()
                        .get("anc")
                        .asDouble())
                .isEqualTo(0.9);

        JsonNode denied = api.get(
                        "api/v1/audit/access-log?actor=coordinator-a&action=DENIED&size=100&patient=" + studyId,
                        Keycloak.token("auditor"))
                .json()
                .get("items");
        assertThat(denied)
                .extracting(e -> e.get("requestId").asText())
                .contains(read.header("X-Request-Id"), change.header("X-Request-Id"));
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
    void investigatorsReadEverySiteWithoutFreeTextAtAnyDepth() {
        String withScreens = Clinic.severePatient(Clinic.studyId("SITE-A"))
                .replace(
                        "\"marrow\"",
                        "\"inheritedScreen\":{\"geneticPanel\":\"POSITIVE\",\"geneticPanelResult\":\"TERT variant, family 12\"},"
                                + "\"cytogenetics\":{\"result\":\"ABNORMAL\",\"karyotype\":\"46,XX,del(13q) in 3 of 20\"},"
                                + "\"marrow\"");
        String other = api.post("api/v1/patients", Keycloak.token("coordinator-a"), withScreens)
                .json()
                .get("id")
                .asText();
        String base = "api/v1/patients/" + other;
        String otherLine = id(clinic.add(
                "coordinator-a",
                other,
                "treatment-lines",
                "{\"regimen\":\"OTHER\",\"regimenDetail\":\"trial drug at St Example\",\"startDate\":\"2024-01-15\"}"));
        Reply otherCount =
                clinic.add("coordinator-a", other, "blood-counts", "{\"sampleDate\":\"2024-03-01\",\"anc\":0.4}");
        clinic.change(
                "DELETE",
                "coordinator-a",
                base + "/blood-counts/" + id(otherCount),
                otherCount.header("ETag"),
                "{\"reason\":\"sample of the patient's sister, bed 4\"}");
        clinic.add(
                "coordinator-a",
                other,
                "recorded-responses",
                "{\"treatmentLineId\":\"" + otherLine + "\",\"timePoint\":\"MONTH_3\",\"category\":\"NR\","
                        + "\"note\":\"seen by Dr Example on ward 7\"}");
        List<String> freeText = List.of(
                "worked up, nothing found",
                "TERT variant",
                "del(13q)",
                "trial drug",
                "sister",
                "Dr Example",
                "hemolysis");

        String token = Keycloak.token("investigator");
        StringBuilder everything = new StringBuilder();
        for (String path : List.of(
                base,
                base + "/treatment-lines",
                base + "/treatment-lines/" + otherLine,
                base + "/blood-counts?includeVoided=true",
                base + "/responses",
                "api/v1/patients/" + patient,
                "api/v1/patients/" + patient + "/events",
                "api/v1/patients/" + patient + "/events/" + event,
                "api/v1/patients?site=SITE-A&size=200")) {
            Reply reply = api.get(path, token);
            assertThat(reply.status()).as(path).isEqualTo(200);
            everything.append(reply.body());
        }
        assertThat(everything.toString()).doesNotContain(freeText);
        assertThat(everything.toString()).contains("\"geneticPanel\":\"POSITIVE\"", "\"result\":\"ABNORMAL\"");
        assertThat(api.get(base + "/blood-counts?includeVoided=true", Keycloak.token("coordinator-a"))
                        .body())
                .as("the coordinator of the site sees it")
                .contains("sister");

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
    void onlyAuditorsReachTheAuditTrailAndEveryRefusalIsLogged() {
        String checkpoint =
                api.get("api/v1/audit/checkpoint", Keycloak.token("auditor")).body();
        // method, path, body, and the representations the route offers
        List<String[]> routes = List.of(
                new String[] {"GET", "api/v1/audit/access-log", null, "application/json,text/csv"},
                new String[] {"GET", "api/v1/audit/change-history", null, "application/json,text/csv"},
                new String[] {"GET", "api/v1/audit/patients/" + studyId + "/history", null, "application/json"},
                new String[] {"GET", "api/v1/audit/verify", null, "application/json"},
                new String[] {"POST", "api/v1/audit/verify", checkpoint, "application/json"},
                new String[] {"GET", "api/v1/audit/checkpoint", null, "application/json"});
        int refusals = 0;
        for (String user : new String[] {"coordinator-a", "investigator", "admin"}) {
            for (String[] route : routes) {
                for (String accept : route[3].split(",")) {
                    refusals += user.equals("admin") ? 1 : 0;
                    Reply reply = api.send(
                            route[0],
                            route[1],
                            Keycloak.token(user),
                            route[2] == null ? null : "application/json",
                            route[2],
                            java.util.Map.of("Accept", accept));
                    assertThat(reply.status())
                            .as(user + " " + route[0] + " " + route[1] + " " + accept)
                            .isEqualTo(403);
                }
            }
        }
        for (String[] route : routes) {
            Reply reply = api.send(
                    route[0],
                    route[1],
                    Keycloak.token("auditor"),
                    route[2] == null ? null : "application/json",
                    route[2],
                    java.util.Map.of());
            assertThat(reply.status())
                    .as("auditor " + route[0] + " " + route[1])
                    .isEqualTo(200);
        }
        JsonNode denied = api.get(
                        "api/v1/audit/access-log?actor=admin&action=DENIED&size=200", Keycloak.token("auditor"))
                .json()
                .get("items");
        assertThat(denied)
                .filteredOn(e -> e.get("path").asText().startsWith("/api/v1/audit/"))
                .hasSizeGreaterThanOrEqualTo(refusals)
                .allSatisfy(e -> assertThat(e.get("httpStatus").asInt()).isEqualTo(403));
    }

    /** Everything coordinator A can read of the patient, with its change history: what a write would change. */
    private String recordAsSiteASeesIt() {
        String base = "api/v1/patients/" + patient;
        StringBuilder record = new StringBuilder();
        for (String path : List.of(
                base,
                base + "/history",
                base + "/blood-counts?includeVoided=true",
                base + "/treatment-lines",
                base + "/transplants",
                base + "/transplants/" + transplant + "/chimerism",
                base + "/events",
                base + "/responses",
                base + "/recorded-responses/" + recorded)) {
            Reply reply = api.get(path, Keycloak.token("coordinator-a"));
            assertThat(reply.status()).as(path).isEqualTo(200);
            record.append(path).append(' ').append(reply.body()).append('\n');
        }
        return record.toString();
    }

    private static String id(Reply reply) {
        return reply.json().get("id").asText();
    }
}
