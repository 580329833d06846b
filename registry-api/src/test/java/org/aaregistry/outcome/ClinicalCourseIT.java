package org.aaregistry.outcome;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URL;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Map;
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
 * A patient's course through the API: what the registry derives from the counts (responses, engraftment,
 * second-line therapy) follows every correction, recorded responses stay apart, and the course keeps its order.
 */
@ExtendWith(ArquillianExtension.class)
class ClinicalCourseIT {

    @Deployment(testable = false)
    static WebArchive deployment() {
        return RegistryDeployment.builtApi();
    }

    @ArquillianResource
    URL deployment;

    Api api;
    Clinic clinic;
    String patient;
    String base;

    @BeforeEach
    void aTreatedPatient() {
        api = new Api(deployment);
        clinic = new Clinic(api);
        patient = clinic.enrol("coordinator-a", Clinic.studyId("SITE-A"))
                .json()
                .get("id")
                .asText();
        base = "api/v1/patients/" + patient;
        clinic.add(
                "coordinator-a",
                patient,
                "treatment-lines",
                "{\"regimen\":\"HATG_CSA\",\"startDate\":\"2024-01-15\",\"intent\":\"FIRST_LINE\"}");
    }

    @Test
    void derivedResponseFollowsACorrectedCount() {
        Reply count = clinic.add(
                "coordinator-a",
                patient,
                "blood-counts",
                "{\"sampleDate\":\"2024-04-15\",\"anc\":1.0,\"hemoglobin\":100,\"platelets\":100,\"reticulocytes\":80}");
        assertThat(at3Months("NIH").get("category").asText())
                .as("NIH CR is inclusive")
                .isEqualTo("CR");
        assertThat(at3Months("RACE").get("category").asText())
                .as("RACE CR is strict")
                .isEqualTo("PR");

        String path = base + "/blood-counts/" + count.json().get("id").asText();
        Reply corrected = clinic.change(
                "PUT",
                "coordinator-a",
                path,
                count.header("ETag"),
                "{\"sampleDate\":\"2024-04-15\",\"anc\":0.3,\"hemoglobin\":70,\"platelets\":10,\"reticulocytes\":15,"
                        + "\"reason\":\"transcription error, lab report re-read\"}");
        assertThat(corrected.status()).isEqualTo(200);
        JsonNode after = at3Months("NIH");
        assertThat(after.get("category").asText()).isEqualTo("NR");
        assertThat(after.get("countDate").asText()).isEqualTo("2024-04-15");
    }

    @Test
    void aRecordedResponseIsKeptApartAndADisagreementShows() {
        clinic.add(
                "coordinator-a",
                patient,
                "blood-counts",
                "{\"sampleDate\":\"2024-04-15\",\"anc\":0.3,\"hemoglobin\":70,\"platelets\":10,\"reticulocytes\":15}");
        String line = api.get(base + "/treatment-lines", Keycloak.token("coordinator-a"))
                .json()
                .get(0)
                .get("id")
                .asText();
        Reply recorded = api.post(
                base + "/recorded-responses",
                Keycloak.token("coordinator-a"),
                "{\"treatmentLineId\":\"" + line + "\",\"timePoint\":\"MONTH_3\",\"category\":\"PR\","
                        + "\"note\":\"assessed in clinic\"}");
        assertThat(recorded.status()).isEqualTo(201);
        JsonNode month3 = api.get(base + "/responses", Keycloak.token("coordinator-a"))
                .json()
                .get(0)
                .get("timePoints")
                .get(0);
        assertThat(month3.at("/derived/category").asText()).isEqualTo("NR");
        assertThat(month3.at("/recorded/category").asText()).isEqualTo("PR");
        assertThat(month3.get("disagreement").asBoolean()).isTrue();
    }

    @Test
    void engraftmentIsDerivedFromPostTransplantCounts() {
        Reply transplant = clinic.add(
                "coordinator-a",
                patient,
                "transplants",
                "{\"transplantDate\":\"2024-06-01\",\"donorType\":\"MUD\",\"graftSource\":\"BM\",\"hlaMatch\":\"10/10\"}");
        String[][] counts = {{"2024-06-05", "0.05"}, {"2024-06-15", "0.6"}, {"2024-06-16", "0.7"}, {"2024-06-17", "0.9"}
        };
        for (String[] c : counts) {
            clinic.add(
                    "coordinator-a", patient, "blood-counts", "{\"sampleDate\":\"" + c[0] + "\",\"anc\":" + c[1] + "}");
        }
        JsonNode engraftment = api.get(
                        base + "/transplants/" + transplant.json().get("id").asText(), Keycloak.token("coordinator-a"))
                .json()
                .get("neutrophilEngraftment");
        assertThat(engraftment.get("date").asText()).isEqualTo("2024-06-15");
        assertThat(engraftment.get("source").asText()).isEqualTo("DERIVED");
    }

    @Test
    void theCourseSummaryTheReportsReadFollowsEveryChangeToTheRecord() throws SQLException {
        assertThat(summary("first_line_regimen || ' ' || first_line_start")).isEqualTo("HATG_CSA 2024-01-15");
        clinic.add(
                "coordinator-a",
                patient,
                "blood-counts",
                "{\"sampleDate\":\"2024-04-15\",\"anc\":1.2,\"hemoglobin\":110,\"platelets\":120}");
        assertThat(summary("nih_month_3 || ' ' || nih_month_3_date || ' ' || race_month_3"))
                .isEqualTo("CR 2024-04-15 CR");
        Reply transplant = clinic.add(
                "coordinator-a",
                patient,
                "transplants",
                "{\"transplantDate\":\"2024-09-01\",\"donorType\":\"MUD\",\"graftSource\":\"BM\"}");
        clinic.add("coordinator-a", patient, "events", "{\"eventType\":\"RELAPSE\",\"eventDate\":\"2024-08-01\"}");
        clinic.add(
                "coordinator-a",
                patient,
                "treatment-lines",
                "{\"regimen\":\"RATG_CSA\",\"startDate\":\"2024-08-10\",\"intent\":\"SALVAGE\"}");
        assertThat(summary("transplant_date || ' ' || donor_type || ' ' || relapse_date || ' ' || second_line_start"))
                .isEqualTo("2024-09-01 MUD 2024-08-01 2024-08-10");
        assertThat(Database.courseSummaryDrift(patient)).isZero();

        Reply voided = clinic.change(
                "DELETE",
                "coordinator-a",
                base + "/transplants/" + transplant.json().get("id").asText(),
                transplant.header("ETag"),
                "{\"reason\":\"entered for the wrong patient\"}");
        assertThat(voided.status()).isEqualTo(200);
        assertThat(summary("coalesce(transplant_date::text, 'none')")).isEqualTo("none");
        assertThat(Database.courseSummaryDrift(patient)).isZero();

        Reply record = api.get(base, Keycloak.token("coordinator-a"));
        assertThat(clinic.change(
                                "DELETE",
                                "coordinator-a",
                                base,
                                record.header("ETag"),
                                "{\"reason\":\"enrolled twice\"}")
                        .status())
                .isEqualTo(200);
        assertThat(summary("count(*)")).as("a voided patient is in no report").isEqualTo("0");
        assertThat(Database.courseSummaryDrift(patient)).isZero();
    }

    /** A value of the patient's course summary row, as the application role reads it. */
    private String summary(String expression) throws SQLException {
        try (Connection app = Database.asApplication()) {
            return Database.value(
                    app, "SELECT " + expression + " FROM course_summary WHERE patient_id = '" + patient + "'");
        }
    }

    @Test
    void aSecondLineIsASecondLineTherapyEvent() {
        clinic.add(
                "coordinator-a",
                patient,
                "treatment-lines",
                "{\"regimen\":\"RATG_CSA\",\"startDate\":\"2024-08-01\",\"intent\":\"SALVAGE\"}");
        JsonNode events =
                api.get(base + "/events", Keycloak.token("coordinator-a")).json();
        assertThat(events).anySatisfy(e -> {
            assertThat(e.get("eventType").asText()).isEqualTo("SECOND_LINE_THERAPY");
            assertThat(e.get("eventDate").asText()).isEqualTo("2024-08-01");
            assertThat(e.get("derived").asBoolean()).isTrue();
        });
        Reply recorded = api.post(
                base + "/events",
                Keycloak.token("coordinator-a"),
                "{\"eventType\":\"SECOND_LINE_THERAPY\",\"eventDate\":\"2024-08-01\"}");
        assertThat(recorded.status()).isEqualTo(422);
    }

    @Test
    void linesAreNumberedByTheirStart() {
        clinic.add(
                "coordinator-a",
                patient,
                "treatment-lines",
                "{\"regimen\":\"SUPPORTIVE\",\"startDate\":\"2024-01-12\"}");
        JsonNode lines = api.get(base + "/treatment-lines", Keycloak.token("coordinator-a"))
                .json();
        assertThat(lines.get(0).get("regimen").asText()).isEqualTo("SUPPORTIVE");
        assertThat(lines.get(0).get("lineNumber").asInt()).isEqualTo(1);
        assertThat(lines.get(1).get("lineNumber").asInt()).isEqualTo(2);
    }

    @Test
    void nothingIsRecordedOutsideTheCourse() {
        Reply beforeDiagnosis = api.post(
                base + "/treatment-lines",
                Keycloak.token("coordinator-a"),
                "{\"regimen\":\"CSA_ALONE\",\"startDate\":\"2023-12-01\"}");
        assertThat(beforeDiagnosis.status()).isEqualTo(422);
        assertThat(beforeDiagnosis.json().at("/errors/0/field").asText()).isEqualTo("$.startDate");

        Reply afterLastContact = api.post(
                base + "/blood-counts", Keycloak.token("coordinator-a"), "{\"sampleDate\":\"2025-07-01\",\"anc\":1.0}");
        assertThat(afterLastContact.status()).isEqualTo(422);
        assertThat(afterLastContact.json().at("/errors/0/field").asText()).isEqualTo("$.sampleDate");

        Reply unknownCode = api.post(
                base + "/transplants",
                Keycloak.token("coordinator-a"),
                "{\"transplantDate\":\"2024-06-01\",\"donorType\":\"COUSIN\",\"acuteGvhdGrade\":5}");
        assertThat(unknownCode.status()).isEqualTo(422);
        assertThat(unknownCode.json().get("errors"))
                .extracting(e -> e.get("field").asText())
                .contains("$.donorType", "$.acuteGvhdGrade");
    }

    @Test
    void aRelapseNeedsATreatmentBeforeIt() {
        Reply relapse = api.post(
                base + "/events",
                Keycloak.token("coordinator-a"),
                "{\"eventType\":\"RELAPSE\",\"eventDate\":\"2024-01-12\"}");
        assertThat(relapse.status()).isEqualTo(422);
        Reply later = api.post(
                base + "/events",
                Keycloak.token("coordinator-a"),
                "{\"eventType\":\"CLONAL_EVOLUTION\",\"eventDate\":\"2024-10-01\",\"subtype\":\"MDS\"}");
        assertThat(later.status()).isEqualTo(201);
    }

    /**
     * Every kind of record below a patient obeys the rules of the patient itself: a creating POST is replayed,
     * not repeated, under the same Idempotency-Key (and refused under it with another body); an update or a void
     * needs the version read (428 without, 412 when stale) and a reason (422); a refused change changes nothing.
     */
    @Test
    void everyPartOfTheRecordNeedsItsVersionAndAReasonAndCreatesOncePerKey() {
        String line = api.get(base + "/treatment-lines", Keycloak.token("coordinator-a"))
                .json()
                .get(0)
                .get("id")
                .asText();
        String transplant = clinic.add(
                        "coordinator-a",
                        patient,
                        "transplants",
                        "{\"transplantDate\":\"2024-06-01\",\"donorType\":\"MSD\",\"graftSource\":\"BM\"}")
                .json()
                .get("id")
                .asText();
        // part, body of the create, another body, body of an update
        String[][] parts = {
            {
                "blood-counts",
                "{\"sampleDate\":\"2024-05-01\",\"anc\":0.8}",
                "{\"sampleDate\":\"2024-05-02\",\"anc\":0.8}",
                "{\"sampleDate\":\"2024-05-01\",\"anc\":0.9"
            },
            {
                "treatment-lines",
                "{\"regimen\":\"CSA_ALONE\",\"startDate\":\"2024-07-01\"}",
                "{\"regimen\":\"CSA_ALONE\",\"startDate\":\"2024-07-02\"}",
                "{\"regimen\":\"CSA_ALONE\",\"startDate\":\"2024-07-03\""
            },
            {
                "transplants",
                "{\"transplantDate\":\"2024-09-01\",\"donorType\":\"MUD\",\"graftSource\":\"BM\"}",
                "{\"transplantDate\":\"2024-09-01\",\"donorType\":\"HAPLO\",\"graftSource\":\"BM\"}",
                "{\"transplantDate\":\"2024-09-01\",\"donorType\":\"MUD\",\"graftSource\":\"PBSC\""
            },
            {
                "transplants/" + transplant + "/chimerism",
                "{\"sampleDate\":\"2024-07-01\",\"lineage\":\"T_CELL\",\"donorPercent\":97}",
                "{\"sampleDate\":\"2024-07-01\",\"lineage\":\"T_CELL\",\"donorPercent\":60}",
                "{\"sampleDate\":\"2024-07-01\",\"lineage\":\"T_CELL\",\"donorPercent\":96"
            },
            {
                "events",
                "{\"eventType\":\"PNH_CLINICAL\",\"eventDate\":\"2024-08-01\"}",
                "{\"eventType\":\"PNH_CLINICAL\",\"eventDate\":\"2024-08-02\"}",
                "{\"eventType\":\"PNH_CLINICAL\",\"eventDate\":\"2024-08-03\""
            },
            {
                "recorded-responses",
                "{\"treatmentLineId\":\"" + line
                        + "\",\"timePoint\":\"MONTH_6\",\"category\":\"PR\",\"note\":\"clinic\"}",
                "{\"treatmentLineId\":\"" + line
                        + "\",\"timePoint\":\"MONTH_6\",\"category\":\"CR\",\"note\":\"clinic\"}",
                "{\"category\":\"CR\",\"note\":\"counts reviewed\""
            }
        };
        String token = Keycloak.token("coordinator-a");
        for (String[] part : parts) {
            String collection = base + "/" + part[0];
            Map<String, String> key = Map.of("Idempotency-Key", "create-" + part[0].hashCode() + "-" + patient);
            Reply created = api.send("POST", collection, token, "application/json", part[1], key);
            assertThat(created.status()).as(part[0] + " " + created).isEqualTo(201);
            Reply replay = api.send("POST", collection, token, "application/json", part[1], key);
            assertThat(replay.status()).as(part[0]).isEqualTo(201);
            assertThat(replay.header("Idempotent-Replayed")).as(part[0]).isEqualTo("true");
            assertThat(replay.json().get("id"))
                    .as(part[0])
                    .isEqualTo(created.json().get("id"));
            Reply reused = api.send("POST", collection, token, "application/json", part[2], key);
            assertThat(reused.status()).as(part[0]).isEqualTo(422);
            assertThat(reused.json().at("/errors/0/field").asText()).isEqualTo("Idempotency-Key");

            String item = collection + "/" + created.json().get("id").asText();
            Reply read = api.get(item, token);
            String stored = read.body();
            // the version read, not assumed: a new line that renumbers the lines already changed once
            long version = Long.parseLong(read.header("ETag").replace("\"", ""));
            String current = "\"" + version + "\"";
            String stale = "\"" + (version + 9) + "\"";
            String update = part[3] + ",\"reason\":\"corrected from the source document\"}";
            String noReason = part[3] + "}";
            String voiding = "{\"reason\":\"entered twice\"}";
            assertThat(clinic.change("PUT", "coordinator-a", item, null, update).status())
                    .as("PUT " + part[0] + " without If-Match")
                    .isEqualTo(428);
            assertThat(clinic.change("PUT", "coordinator-a", item, stale, update)
                            .status())
                    .as("PUT " + part[0] + " stale")
                    .isEqualTo(412);
            Reply unexplained = clinic.change("PUT", "coordinator-a", item, current, noReason);
            assertThat(unexplained.status())
                    .as("PUT " + part[0] + " without reason")
                    .isEqualTo(422);
            assertThat(unexplained.json().get("errors"))
                    .extracting(e -> e.get("field").asText())
                    .contains("$.reason");
            assertThat(clinic.change("DELETE", "coordinator-a", item, null, voiding)
                            .status())
                    .as("DELETE " + part[0] + " without If-Match")
                    .isEqualTo(428);
            assertThat(clinic.change("DELETE", "coordinator-a", item, stale, voiding)
                            .status())
                    .as("DELETE " + part[0] + " stale")
                    .isEqualTo(412);
            assertThat(clinic.change("DELETE", "coordinator-a", item, current, "{}")
                            .status())
                    .as("DELETE " + part[0] + " without reason")
                    .isEqualTo(422);
            assertThat(api.get(item, token).body())
                    .as(part[0] + " unchanged by refusals")
                    .isEqualTo(stored);

            Reply changed = clinic.change("PUT", "coordinator-a", item, current, update);
            assertThat(changed.status()).as("PUT " + part[0] + " " + changed).isEqualTo(200);
            assertThat(changed.header("ETag")).isEqualTo("\"" + (version + 1) + "\"");
            Reply voided = clinic.change("DELETE", "coordinator-a", item, changed.header("ETag"), voiding);
            assertThat(voided.status()).as("DELETE " + part[0] + " " + voided).isEqualTo(200);
            assertThat(voided.json().get("voided").asBoolean()).as(part[0]).isTrue();
        }
    }

    @Test
    void engraftmentFollowsACorrectedOrVoidedCount() {
        Reply transplant = clinic.add(
                "coordinator-a",
                patient,
                "transplants",
                "{\"transplantDate\":\"2024-06-01\",\"donorType\":\"MSD\",\"graftSource\":\"BM\"}");
        String path = base + "/transplants/" + transplant.json().get("id").asText();
        Map<String, Reply> counts = new java.util.LinkedHashMap<>();
        String[][] values = {
            {"2024-06-05", "0.05"},
            {"2024-06-15", "0.6"},
            {"2024-06-16", "0.7"},
            {"2024-06-17", "0.9"},
            {"2024-06-18", "1.1"}
        };
        for (String[] c : values) {
            counts.put(
                    c[0],
                    clinic.add(
                            "coordinator-a",
                            patient,
                            "blood-counts",
                            "{\"sampleDate\":\"" + c[0] + "\",\"anc\":" + c[1] + "}"));
        }
        assertThat(neutrophilEngraftment(path).get("date").asText()).isEqualTo("2024-06-15");

        Reply first = counts.get("2024-06-15");
        Reply corrected = clinic.change(
                "PUT",
                "coordinator-a",
                base + "/blood-counts/" + first.json().get("id").asText(),
                first.header("ETag"),
                "{\"sampleDate\":\"2024-06-15\",\"anc\":0.3,\"reason\":\"lab corrected the result\"}");
        assertThat(corrected.status()).isEqualTo(200);
        assertThat(neutrophilEngraftment(path).get("date").asText())
                .as("three consecutive days from the 16th")
                .isEqualTo("2024-06-16");

        Reply second = counts.get("2024-06-17");
        assertThat(clinic.change(
                                "DELETE",
                                "coordinator-a",
                                base + "/blood-counts/"
                                        + second.json().get("id").asText(),
                                second.header("ETag"),
                                "{\"reason\":\"sample mislabelled\"}")
                        .status())
                .isEqualTo(200);
        JsonNode after = neutrophilEngraftment(path);
        assertThat(after.has("date"))
                .as("only two qualifying days remain: not engrafted")
                .isFalse();
    }

    @Test
    void derivedResponseFollowsAVoidedCount() {
        Reply count = clinic.add(
                "coordinator-a",
                patient,
                "blood-counts",
                "{\"sampleDate\":\"2024-04-15\",\"anc\":1.6,\"hemoglobin\":125,\"platelets\":160,\"reticulocytes\":80}");
        assertThat(at3Months("NIH").get("category").asText()).isEqualTo("CR");
        assertThat(clinic.change(
                                "DELETE",
                                "coordinator-a",
                                base + "/blood-counts/" + count.json().get("id").asText(),
                                count.header("ETag"),
                                "{\"reason\":\"another patient's sample\"}")
                        .status())
                .isEqualTo(200);
        assertThat(at3Months("NIH").get("category").asText())
                .as("no qualifying count left in the window")
                .isEqualTo("NOT_ASSESSABLE");
    }

    private JsonNode neutrophilEngraftment(String transplantPath) {
        return api.get(transplantPath, Keycloak.token("coordinator-a")).json().get("neutrophilEngraftment");
    }

    private JsonNode at3Months(String ruleSet) {
        JsonNode lines = api.get(base + "/responses?ruleSet=" + ruleSet, Keycloak.token("coordinator-a"))
                .json();
        return lines.get(0).get("timePoints").get(0).get("derived");
    }
}
