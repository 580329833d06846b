package org.aaregistry.patient;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URL;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import org.aaregistry.it.Api;
import org.aaregistry.it.Clinic;
import org.aaregistry.it.Database;
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
 * The rules every write of a patient obeys, against the deployed API: validation naming every field, nothing
 * stored on refusal, optimistic locking over HTTP, reasons for change, idempotent retries, derived severity.
 */
@ExtendWith(ArquillianExtension.class)
class PatientRecordIT {

    private static final String PATIENTS = "api/v1/patients";

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
    void enrolmentAnswersLocationVersionAndDerivedSeverity() {
        String studyId = Clinic.studyId("SITE-A");
        Reply created = clinic.enrol("coordinator-a", studyId);
        JsonNode patient = created.json();
        assertThat(created.header("Location"))
                .endsWith("/api/v1/patients/" + patient.get("id").asText());
        assertThat(created.header("ETag")).isEqualTo("\"0\"");
        assertThat(patient.get("site").asText()).isEqualTo("SITE-A");
        assertThat(patient.at("/severity/category").asText()).isEqualTo("SAA");
        assertThat(patient.at("/severity/ruleSet").asText()).isEqualTo("CAMITTA_60");
        assertThat(patient.at("/severity/criteriaMet")).hasSize(4);
        assertThat(patient.get("createdBy").asText()).isEqualTo("coordinator-a");
    }

    @Test
    void invalidPatientIsRefusedNamingEveryFieldAndNothingIsStored() {
        String studyId = Clinic.studyId("SITE-A");
        String body = """
                {"studyId":"%s","sex":"X","birthYear":"1980","diagnosisDate":"2024-13-01","cause":"IDIOPATHIC",
                 "baselineCounts":{"hemoglobin":500,"anc":true},"favouriteColour":"blue",
                 "followUp":{"vitalStatus":"DEAD","lastContactDate":"2024-02-01"}}""".formatted(studyId);
        Reply reply = api.post(PATIENTS, Keycloak.token("coordinator-a"), body);
        assertThat(reply.status()).isEqualTo(422);
        assertThat(reply.contentType()).startsWith("application/problem+json");
        assertThat(reply.json().get("errors"))
                .extracting(e -> e.get("field").asText())
                .contains(
                        "$.sex",
                        "$.birthYear",
                        "$.diagnosisDate",
                        "$.baselineCounts.hemoglobin",
                        "$.baselineCounts.anc",
                        "$.favouriteColour",
                        "$.followUp.deathDate");
        assertThat(list("studyId=" + studyId).get("total").asLong()).isZero();
    }

    @Test
    void anUnknownFieldInsideANestedObjectIsRefusedByItsPath() {
        String studyId = Clinic.studyId("SITE-A");
        String typo = Clinic.severePatient(studyId).replace("\"hemoglobin\":75", "\"hemoglobine\":75");
        Reply reply = api.post(PATIENTS, Keycloak.token("coordinator-a"), typo);
        assertThat(reply.status()).isEqualTo(422);
        assertThat(reply.json().get("errors"))
                .extracting(e -> e.get("field").asText())
                .containsExactly("$.baselineCounts.hemoglobine");
        assertThat(list("studyId=" + studyId).get("total").asLong()).isZero();
    }

    @Test
    void datesInTheFutureAreRefused() {
        String tomorrow = java.time.LocalDate.now().plusDays(1).toString();
        String studyId = Clinic.studyId("SITE-A");
        String future = Clinic.severePatient(studyId).replace("\"2025-06-01\"", "\"" + tomorrow + "\"");
        Reply reply = api.post(PATIENTS, Keycloak.token("coordinator-a"), future);
        assertThat(reply.status()).isEqualTo(422);
        assertThat(reply.json().get("errors"))
                .extracting(e -> e.get("field").asText())
                .contains("$.followUp.lastContactDate");
        assertThat(list("studyId=" + studyId).get("total").asLong()).isZero();
    }

    @Test
    void whatTheRegistrySetsIsNeverTakenFromTheClient() {
        String studyId = Clinic.studyId("SITE-A");
        String forged = UUID.randomUUID().toString();
        String body = Clinic.severePatient(studyId)
                .replace(
                        "{\"studyId\"",
                        "{\"id\":\"" + forged + "\",\"version\":7,\"createdBy\":\"mallory\",\"voided\":true,"
                                + "\"severity\":{\"category\":\"NSAA\",\"ruleSet\":\"CAMITTA_50\"},\"ageAtDiagnosis\":3,"
                                + "\"studyId\"");
        Reply created = api.post(PATIENTS, Keycloak.token("coordinator-a"), body);
        assertThat(created.status()).isEqualTo(201);
        JsonNode patient = created.json();
        assertThat(patient.get("id").asText()).isNotEqualTo(forged);
        assertThat(patient.get("version").asLong()).isZero();
        assertThat(patient.get("createdBy").asText()).isEqualTo("coordinator-a");
        assertThat(patient.get("voided").asBoolean()).isFalse();
        assertThat(patient.at("/severity/category").asText()).isEqualTo("SAA");
        assertThat(patient.at("/severity/ruleSet").asText()).isEqualTo("CAMITTA_60");
        assertThat(patient.get("ageAtDiagnosis").asInt()).isEqualTo(44);
        assertThat(api.get(PATIENTS + "/" + forged, Keycloak.token("coordinator-a"))
                        .status())
                .isEqualTo(404);

        Reply otherSite = api.post(
                PATIENTS,
                Keycloak.token("coordinator-a"),
                Clinic.severePatient(Clinic.studyId("SITE-B"))
                        .replace("{\"studyId\"", "{\"site\":\"SITE-B\",\"studyId\""));
        assertThat(otherSite.status()).isEqualTo(422);
        assertThat(otherSite.json().at("/errors/0/field").asText()).isEqualTo("$.site");
    }

    @Test
    void malformedBodiesAreRefusedWithTheirOwnStatus() {
        String token = Keycloak.token("coordinator-a");
        assertThat(api.post(PATIENTS, token, "{\"studyId\": ").status()).isEqualTo(400);
        assertThat(api.send("POST", PATIENTS, token, "text/plain", "studyId=X", Map.of())
                        .status())
                .isEqualTo(415);
        assertThat(api.statusForAnnouncedBody("POST", PATIENTS, token, "application/json", 10L * 1024 * 1024))
                .isEqualTo(413);
        assertThat(api.statusForAnnouncedBody("POST", "api/v1/imports", token, "text/csv", 64L * 1024 * 1024))
                .isEqualTo(413);
    }

    /**
     * Bodies a lenient parser would take with a quiet change (a key given twice: the last won) or fail on inside
     * (deep nesting, a huge number: a 500), and a character PostgreSQL cannot store: each a clear 4xx, and the
     * patient they carried is not enrolled.
     */
    @Test
    void jsonALenientParserWouldTakeOrChokeOnIsRefusedAndNothingIsStored() {
        String token = Keycloak.token("coordinator-a");
        String studyId = Clinic.studyId("SITE-A");
        String body = Clinic.severePatient(studyId);

        Reply twice = api.post(
                PATIENTS,
                token,
                body.replace("\"cellularityPercent\":10,", "\"cellularityPercent\":10,\"cellularityPercent\":90,"));
        assertThat(twice.status()).isEqualTo(400);
        assertThat(twice.json().get("detail").asText()).contains("key twice").contains("cellularityPercent");

        Reply trailing = api.post(PATIENTS, token, body + " {\"studyId\":\"X\"}");
        assertThat(trailing.status()).isEqualTo(400);
        assertThat(trailing.json().get("detail").asText()).contains("content after its JSON document");

        Reply deep = api.post(PATIENTS, token, "[".repeat(5000) + "]".repeat(5000));
        assertThat(deep.status()).isEqualTo(400);
        assertThat(deep.json().get("detail").asText()).contains("nests deeper than");

        Reply huge =
                api.post(PATIENTS, token, body.replace("\"birthYear\":1980", "\"birthYear\":1" + "0".repeat(5000)));
        assertThat(huge.status()).isEqualTo(400);
        assertThat(huge.json().get("detail").asText()).contains("number longer than");

        Reply nul =
                api.post(PATIENTS, token, body.replace("worked up, nothing found", "worked up\\u0000nothing found"));
        assertThat(nul.status()).isEqualTo(422);
        assertThat(nul.json().at("/errors/0/field").asText()).isEqualTo("$.causeDetail");
        assertThat(nul.json().at("/errors/0/message").asText()).contains("U+0000");

        assertThat(api.get(PATIENTS + "?studyIdContains=" + studyId, token)
                        .json()
                        .get("total")
                        .asLong())
                .as("none of them enrolled the patient")
                .isZero();
    }

    /** A page number or a yes/no that does not parse names the parameter instead of answering "no such resource". */
    @Test
    void queryParametersThatDoNotParseAreRefusedNamingThemNotIgnored() {
        String token = Keycloak.token("coordinator-a");
        Reply page = api.get(PATIENTS + "?page=two", token);
        assertThat(page.status()).isEqualTo(422);
        assertThat(page.json().at("/errors/0/field").asText()).isEqualTo("page");
        assertThat(page.json().at("/errors/0/message").asText()).isEqualTo("must be a whole number");

        Reply voided = api.get(PATIENTS + "?includeVoided=yes", token);
        assertThat(voided.status()).isEqualTo(422);
        assertThat(voided.json().at("/errors/0/field").asText()).isEqualTo("includeVoided");

        assertThat(api.get(PATIENTS + "?page=0&size=5&includeVoided=false", token)
                        .status())
                .isEqualTo(200);
        assertThat(api.get(PATIENTS, token).status())
                .as("absent parameters keep their defaults")
                .isEqualTo(200);
    }

    @Test
    void updateNeedsTheVersionReadAndAReason() throws Exception {
        JsonNode patient =
                clinic.enrol("coordinator-a", Clinic.studyId("SITE-A")).json();
        String path = PATIENTS + "/" + patient.get("id").asText();
        String revised = revision(patient, "\"anc\":0.3", "\"anc\":0.1", "ANC re-read on the smear");

        assertThat(clinic.change("PUT", "coordinator-a", path, null, revised).status())
                .isEqualTo(428);
        assertThat(clinic.change("PUT", "coordinator-a", path, "\"7\"", revised).status())
                .isEqualTo(412);
        String withoutReason = revised.replace(",\"reason\":\"ANC re-read on the smear\"", "");
        Reply noReason = clinic.change("PUT", "coordinator-a", path, "\"0\"", withoutReason);
        assertThat(noReason.status()).isEqualTo(422);
        assertThat(noReason.json().at("/errors/0/field").asText()).isEqualTo("$.reason");
        assertThat(api.get(path, Keycloak.token("coordinator-a"))
                        .json()
                        .at("/baselineCounts/anc")
                        .asDouble())
                .as("nothing changed by refused updates")
                .isEqualTo(0.3);

        Reply updated = clinic.change("PUT", "coordinator-a", path, "\"0\"", revised);
        assertThat(updated.status()).isEqualTo(200);
        assertThat(updated.header("ETag")).isEqualTo("\"1\"");
        assertThat(updated.json().at("/severity/category").asText())
                .as("severity recomputed when the count is corrected")
                .isEqualTo("VSAA");
        assertThat(historyRows(patient.get("id").asText(), "UPDATE")).isEqualTo(1);
    }

    @Test
    void twoUpdatesOfTheSameVersionOneWinsOneIsTold412() throws Exception {
        JsonNode patient =
                clinic.enrol("coordinator-a", Clinic.studyId("SITE-A")).json();
        String path = PATIENTS + "/" + patient.get("id").asText();
        String first = revision(patient, "\"platelets\":12", "\"platelets\":14", "recount");
        String second = revision(patient, "\"platelets\":12", "\"platelets\":16", "recount by the other nurse");
        var a = CompletableFuture.supplyAsync(() -> clinic.change("PUT", "coordinator-a", path, "\"0\"", first));
        var b = CompletableFuture.supplyAsync(() -> clinic.change("PUT", "coordinator-a", path, "\"0\"", second));
        Reply ra = a.get();
        Reply rb = b.get();
        assertThat(List.of(ra.status(), rb.status())).containsExactlyInAnyOrder(200, 412);
        assertThat(historyRows(patient.get("id").asText(), "UPDATE")).isEqualTo(1);
        Reply winner = ra.status() == 200 ? ra : rb;
        JsonNode stored = api.get(path, Keycloak.token("coordinator-a")).json();
        assertThat(stored.at("/baselineCounts/platelets").asDouble())
                .as("the winner's value is stored, the loser's refused whole")
                .isEqualTo(winner.json().at("/baselineCounts/platelets").asDouble())
                .isIn(14.0, 16.0);
        assertThat(stored.get("version").asLong()).isEqualTo(1);
    }

    /**
     * The concurrent-edit attack: many clients updating one patient, each retrying on 412 with a fresh read. Scaled to
     * 8 clients × 5 updates (40) so that the suite stays fast on 2 cores; the invariants are the same: the final
     * version counts exactly the successful updates, the history holds exactly one row per success, and the chain
     * verifies.
     */
    @Test
    void manyClientsRetryingOn412LoseNoUpdateAndLeaveOneHistoryRowEach() throws Exception {
        JsonNode patient =
                clinic.enrol("coordinator-a", Clinic.studyId("SITE-A")).json();
        String path = PATIENTS + "/" + patient.get("id").asText();
        int clients = 8;
        int updatesEach = 5;
        var pool = java.util.concurrent.Executors.newFixedThreadPool(clients);
        java.util.concurrent.atomic.AtomicInteger stale = new java.util.concurrent.atomic.AtomicInteger();
        try {
            List<java.util.concurrent.Future<Integer>> work = new java.util.ArrayList<>();
            for (int c = 0; c < clients; c++) {
                int client = c;
                work.add(pool.submit(() -> {
                    int done = 0;
                    while (done < updatesEach) {
                        Reply read = api.get(path, Keycloak.token("coordinator-a"));
                        var body = (com.fasterxml.jackson.databind.node.ObjectNode) read.json();
                        body.put("causeDetail", "work-up note of client " + client + ", revision " + done);
                        body.put("reason", "client " + client + " update " + done);
                        Reply put = clinic.change("PUT", "coordinator-a", path, read.header("ETag"), body.toString());
                        if (put.status() == 200) {
                            done++;
                        } else if (put.status() == 412) {
                            stale.incrementAndGet();
                        } else {
                            throw new AssertionError("unexpected " + put);
                        }
                    }
                    return done;
                }));
            }
            for (var w : work) {
                assertThat(w.get(5, java.util.concurrent.TimeUnit.MINUTES)).isEqualTo(updatesEach);
            }
        } finally {
            pool.shutdownNow();
        }
        int total = clients * updatesEach;
        assertThat(api.get(path, Keycloak.token("coordinator-a"))
                        .json()
                        .get("version")
                        .asLong())
                .isEqualTo(total);
        assertThat(historyRows(patient.get("id").asText(), "UPDATE")).isEqualTo(total);
        assertThat(stale.get()).as("the clients really collided").isPositive();
        assertThat(api.get("api/v1/audit/verify", Keycloak.token("auditor"))
                        .json()
                        .get("intact")
                        .asBoolean())
                .isTrue();
    }

    @Test
    void listsFilterBySeverityCauseRegimenVitalStatusAndDiagnosisDates() {
        // a diagnosis day no other test uses, so that the filters are checked on these patients alone
        java.time.LocalDate day = java.time.LocalDate.of(1995, 1, 1)
                .plusDays(java.util.concurrent.ThreadLocalRandom.current().nextInt(3000));
        String date = "\"diagnosisDate\":\"" + day + "\"";
        String severe = Clinic.severePatient(Clinic.studyId("SITE-A"))
                .replace("\"diagnosisDate\":\"2024-01-10\"", date)
                .replace("\"birthYear\":1980", "\"birthYear\":1970")
                .replace("\"biopsyDate\":\"2024-01-09\"", "\"biopsyDate\":\"" + day + "\"")
                .replace("\"date\":\"2024-01-10\"", "\"date\":\"" + day + "\"");
        String saa = id(api.post(PATIENTS, Keycloak.token("coordinator-a"), severe));
        String drugNsaa = id(api.post(
                PATIENTS,
                Keycloak.token("coordinator-a"),
                Clinic.severePatient(Clinic.studyId("SITE-A"))
                        .replace("\"diagnosisDate\":\"2024-01-10\"", date)
                        .replace("\"birthYear\":1980", "\"birthYear\":1970")
                        .replace("\"biopsyDate\":\"2024-01-09\"", "\"biopsyDate\":\"" + day + "\"")
                        .replace("\"date\":\"2024-01-10\"", "\"date\":\"" + day + "\"")
                        .replace("\"IDIOPATHIC\"", "\"DRUG\"")
                        .replace("\"anc\":0.3", "\"anc\":0.9")
                        .replace("\"platelets\":12", "\"platelets\":30")
                        .replace("\"vitalStatus\":\"ALIVE\"", "\"vitalStatus\":\"LOST\"")));
        clinic.add(
                "coordinator-a",
                saa,
                "treatment-lines",
                "{\"regimen\":\"HATG_CSA_EPAG\",\"startDate\":\"" + day.plusDays(5) + "\"}");
        String window = "diagnosisFrom=" + day + "&diagnosisTo=" + day;

        assertThat(ids(window)).containsExactlyInAnyOrder(saa, drugNsaa);
        assertThat(ids(window + "&severity=SAA")).containsExactly(saa);
        assertThat(ids(window + "&severity=NSAA")).containsExactly(drugNsaa);
        assertThat(ids(window + "&severity=SAA&severity=NSAA")).containsExactlyInAnyOrder(saa, drugNsaa);
        assertThat(ids(window + "&cause=DRUG")).containsExactly(drugNsaa);
        assertThat(ids(window + "&firstLineRegimen=HATG_CSA_EPAG")).containsExactly(saa);
        assertThat(ids(window + "&vitalStatus=LOST")).containsExactly(drugNsaa);
        assertThat(ids("diagnosisFrom=" + day.plusDays(1) + "&diagnosisTo=" + day.plusDays(1)))
                .doesNotContain(saa, drugNsaa);
        assertThat(ids(window + "&sort=-severity")).containsExactly(saa, drugNsaa);
    }

    private List<String> ids(String query) {
        JsonNode items = list(query + "&size=200").get("items");
        List<String> ids = new java.util.ArrayList<>();
        items.forEach(item -> ids.add(item.get("id").asText()));
        return ids;
    }

    private static String id(Reply created) {
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        return created.json().get("id").asText();
    }

    @Test
    void theSiteOfAPatientCannotBeChanged() {
        JsonNode patient =
                clinic.enrol("coordinator-a", Clinic.studyId("SITE-A")).json();
        String path = PATIENTS + "/" + patient.get("id").asText();
        String moved = revision(patient, "\"site\":\"SITE-A\"", "\"site\":\"SITE-B\"", "move");
        Reply reply = clinic.change("PUT", "coordinator-a", path, "\"0\"", moved);
        assertThat(reply.status()).isEqualTo(422);
        assertThat(reply.json().at("/errors/0/field").asText()).isEqualTo("$.site");
        assertThat(api.get(path, Keycloak.token("coordinator-a"))
                        .json()
                        .get("site")
                        .asText())
                .isEqualTo("SITE-A");
    }

    @Test
    void aStudyIdIsTakenOnceEvenWhenTwoCreatesRace() throws Exception {
        String studyId = Clinic.studyId("SITE-A");
        String body = Clinic.severePatient(studyId);
        String token = Keycloak.token("coordinator-a");
        var a = CompletableFuture.supplyAsync(() -> api.post(PATIENTS, token, body));
        var b = CompletableFuture.supplyAsync(() -> api.post(PATIENTS, token, body));
        assertThat(List.of(a.get().status(), b.get().status())).containsExactlyInAnyOrder(201, 409);
        assertThat(list("studyId=" + studyId).get("total").asLong()).isEqualTo(1);
    }

    @Test
    void aRetryWithTheSameIdempotencyKeyCreatesNothingNew() throws Exception {
        String studyId = Clinic.studyId("SITE-A");
        String token = Keycloak.token("coordinator-a");
        Map<String, String> key = Map.of("Idempotency-Key", "enrol-" + studyId);
        String body = Clinic.severePatient(studyId);
        var a = CompletableFuture.supplyAsync(() -> api.send("POST", PATIENTS, token, "application/json", body, key));
        var b = CompletableFuture.supplyAsync(() -> api.send("POST", PATIENTS, token, "application/json", body, key));
        Reply first = a.get();
        Reply second = b.get();
        assertThat(first.status()).isEqualTo(201);
        assertThat(second.status()).isEqualTo(201);
        assertThat(second.json().get("id")).isEqualTo(first.json().get("id"));
        Reply retry = api.send("POST", PATIENTS, token, "application/json", body, key);
        assertThat(retry.json().get("id")).isEqualTo(first.json().get("id"));
        assertThat(list("studyId=" + studyId).get("total").asLong()).isEqualTo(1);

        Reply other = api.send(
                "POST", PATIENTS, token, "application/json", Clinic.severePatient(Clinic.studyId("SITE-A")), key);
        assertThat(other.status()).isEqualTo(422);
        assertThat(other.json().at("/errors/0/field").asText()).isEqualTo("Idempotency-Key");
    }

    @Test
    void textThatLooksLikeSqlIsStoredAndReturnedVerbatim() {
        String attack = "O'Brien'); DROP TABLE patient;--";
        String studyId = Clinic.studyId("SITE-A");
        String body = Clinic.severePatient(studyId).replace("worked up, nothing found", attack.replace("\"", "\\\""));
        Reply created = api.post(PATIENTS, Keycloak.token("coordinator-a"), body);
        assertThat(created.status()).isEqualTo(201);
        assertThat(created.json().get("causeDetail").asText()).isEqualTo(attack);
        Reply search = api.get(
                PATIENTS + "?studyId=" + java.net.URLEncoder.encode(attack, java.nio.charset.StandardCharsets.UTF_8),
                Keycloak.token("coordinator-a"));
        assertThat(search.status()).isEqualTo(200);
        assertThat(search.json().get("total").asLong()).isZero();
    }

    @Test
    void pageSizesOutsideTheBoundAreRefused() {
        String token = Keycloak.token("coordinator-a");
        assertThat(api.get(PATIENTS + "?size=100000", token).status()).isEqualTo(422);
        assertThat(api.get(PATIENTS + "?size=-1", token).status()).isEqualTo(422);
        assertThat(api.get(PATIENTS + "?sort=password", token).status()).isEqualTo(422);
        assertThat(api.get(PATIENTS + "?severity=MILD", token).status()).isEqualTo(422);
        assertThat(api.get(PATIENTS + "?diagnosisFrom=2024-13-01", token).status())
                .isEqualTo(422);
        assertThat(api.get(PATIENTS + "?size=200", token).status()).isEqualTo(200);
    }

    @Test
    void voidingNeedsAReasonKeepsTheRecordAndHidesItFromLists() {
        String studyId = Clinic.studyId("SITE-A");
        JsonNode patient = clinic.enrol("coordinator-a", studyId).json();
        String path = PATIENTS + "/" + patient.get("id").asText();
        assertThat(clinic.change("DELETE", "coordinator-a", path, "\"0\"", "{}").status())
                .isEqualTo(422);
        Reply voided = clinic.change("DELETE", "coordinator-a", path, "\"0\"", "{\"reason\":\"enrolled twice\"}");
        assertThat(voided.status()).isEqualTo(200);
        assertThat(voided.json().get("voided").asBoolean()).isTrue();
        assertThat(list("studyId=" + studyId).get("total").asLong()).isZero();
        assertThat(list("studyId=" + studyId + "&includeVoided=true")
                        .get("total")
                        .asLong())
                .isEqualTo(1);
        assertThat(api.get(path, Keycloak.token("coordinator-a"))
                        .json()
                        .get("voidReason")
                        .asText())
                .isEqualTo("enrolled twice");
    }

    @Test
    void theCourseMustBeInOrder() {
        String body = Clinic.severePatient(Clinic.studyId("SITE-A"))
                .replace(
                        "\"vitalStatus\":\"ALIVE\",\"lastContactDate\":\"2025-06-01\"",
                        "\"vitalStatus\":\"DEAD\",\"lastContactDate\":\"2025-06-01\",\"deathDate\":\"2023-12-01\"");
        Reply reply = api.post(PATIENTS, Keycloak.token("coordinator-a"), body);
        assertThat(reply.status()).isEqualTo(422);
        assertThat(reply.json().get("errors"))
                .extracting(e -> e.get("field").asText())
                .contains("$.followUp.lastContactDate", "$.followUp.deathDate");
    }

    private JsonNode list(String query) {
        Reply reply = api.get(PATIENTS + "?" + query, Keycloak.token("coordinator-a"));
        assertThat(reply.status()).isEqualTo(200);
        return reply.json();
    }

    /** The patient as read, with one value replaced and a reason added, as a client sends an update. */
    private static String revision(JsonNode patient, String from, String to, String reason) {
        String json = patient.toString().replace(":", ":").replace(from, to);
        return json.substring(0, json.length() - 1) + ",\"reason\":\"" + reason + "\"}";
    }

    private static int historyRows(String patientId, String operation) throws Exception {
        try (var connection = Database.asApplication()) {
            return Integer.parseInt(Database.value(
                    connection,
                    "SELECT count(*) FROM change_history WHERE patient_id = '" + patientId + "' AND operation = '"
                            + operation + "' AND entity = 'patient'"));
        }
    }
}
