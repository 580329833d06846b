package org.aaregistry.imports;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Map;
import java.util.UUID;
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
 * Bulk import of the data dictionary's CSV format: a dry run reports every row's problems by row and column; a
 * real run imports the whole file or nothing; another site's row refuses the file.
 */
@ExtendWith(ArquillianExtension.class)
class ImportIT {

    private static final String IMPORTS = "api/v1/imports";

    @Deployment(testable = false)
    static WebArchive deployment() {
        return RegistryDeployment.builtApi();
    }

    @ArquillianResource
    URL deployment;

    Api api;
    String prefix;

    @BeforeEach
    void client() {
        api = new Api(deployment);
        new Clinic(api);
        prefix = "SITEA-" + UUID.randomUUID().toString().substring(0, 6).toUpperCase();
    }

    @Test
    void theSampleFileImportsWithEveryPartOfTheRecord() throws IOException, SQLException {
        String csv = sample().replace("SITEA-S", prefix + "-");
        Reply dryRun = post(csv, true);
        assertThat(dryRun.status()).isEqualTo(200);
        assertThat(dryRun.json().get("valid").asBoolean()).as(dryRun.body()).isTrue();
        assertThat(patients(prefix + "-001")).as("a dry run stores nothing").isZero();

        Reply imported = post(csv, false);
        assertThat(imported.status()).isEqualTo(201);
        assertThat(imported.json().get("imported").asInt()).isEqualTo(4);
        String id = patient(prefix + "-004").get("id").asText();
        JsonNode events = api.get("api/v1/patients/" + id + "/events", Keycloak.token("coordinator-a"))
                .json();
        assertThat(events).extracting(e -> e.get("eventType").asText()).contains("RELAPSE", "CLONAL_EVOLUTION");
        JsonNode responses = api.get("api/v1/patients/" + id + "/responses", Keycloak.token("coordinator-a"))
                .json();
        assertThat(responses.get(0).at("/timePoints/0/recorded/category").asText())
                .isEqualTo("PR");
        assertThat(responses.get(0).at("/timePoints/0/recorded/source").asText())
                .isEqualTo("IMPORTED");
        assertThat(responses.get(0).at("/timePoints/0/derived/category").asText())
                .as("an imported line is derived like an entered one: no follow-up counts, not assessable")
                .isEqualTo("NOT_ASSESSABLE");
        assertThat(responses.get(0).at("/timePoints/0/disagreement").asBoolean())
                .as("not assessable here does not contradict the recorded response")
                .isFalse();
        assertThat(responses.get(0).at("/best/category").asText()).isEqualTo("NOT_ASSESSABLE");
        String transplanted = patient(prefix + "-003").get("id").asText();
        assertThat(api.get("api/v1/patients/" + transplanted + "/transplants", Keycloak.token("coordinator-a"))
                        .json())
                .hasSize(1);
        for (String importedPatient : new String[] {id, transplanted}) {
            assertThat(Database.courseSummaryDrift(importedPatient))
                    .as("the reports' course summary of an imported patient")
                    .isZero();
        }
        try (Connection app = Database.asApplication()) {
            assertThat(Database.value(
                            app,
                            "SELECT relapse_date || ' ' || clonal_evolution_date || ' ' || recorded_month_3"
                                    + " FROM course_summary WHERE patient_id = '" + id + "'"))
                    .isEqualTo("2021-01-15 2021-05-01 PR");
        }
    }

    @Test
    void aRetriedImportWithTheSameKeyAnswersTheFirstReportAndImportsNothingTwice() throws IOException {
        String csv = sample().replace("SITEA-S", prefix + "-");
        Map<String, String> key = Map.of("Idempotency-Key", "import-" + prefix);
        String token = Keycloak.token("coordinator-a");
        Reply first = api.send("POST", IMPORTS, token, "text/csv", csv, key);
        assertThat(first.status()).isEqualTo(201);
        Reply retry = api.send("POST", IMPORTS, token, "text/csv", csv, key);
        assertThat(retry.status()).isEqualTo(201);
        assertThat(retry.header("Idempotent-Replayed")).isEqualTo("true");
        assertThat(retry.json().get("imported").asInt()).isEqualTo(4);
        assertThat(patients(prefix + "-001")).isEqualTo(1);
        Reply otherFile = api.send("POST", IMPORTS, token, "text/csv", csv.replace(prefix, prefix + "X"), key);
        assertThat(otherFile.status()).isEqualTo(422);
        assertThat(patients(prefix + "X-001")).isZero();
    }

    @Test
    void aFileWithOneBadRowImportsNothingAndNamesTheRowAndColumns() throws IOException {
        String csv = sample().replace("SITEA-S", prefix + "-")
                .replace("SITE-A,M,1961,2021-11-20,DRUG,DEAD", "SITE-A,X,1961,2021-11-20,DRUG,DEAD")
                .replace(",64,0.12,", ",640,abc,");
        Reply dryRun = post(csv, true);
        assertThat(dryRun.json().get("valid").asBoolean()).isFalse();
        assertThat(dryRun.json().get("errors"))
                .extracting(e -> e.get("row").asInt() + ":" + e.get("column").asText())
                .containsExactlyInAnyOrder("3:sex", "3:hb_g_l", "3:anc");

        Reply real = post(csv, false);
        assertThat(real.status()).isEqualTo(422);
        assertThat(real.json().get("errors")).hasSize(3);
        assertThat(patients(prefix + "-001"))
                .as("the valid rows were not imported either")
                .isZero();
    }

    @Test
    void aRowOfAnotherSiteRefusesTheWholeFile() throws IOException {
        String csv = sample().replace("SITEA-S", prefix + "-").replace(prefix + "-004,SITE-A", prefix + "-004,SITE-B");
        Reply real = post(csv, false);
        assertThat(real.status()).isEqualTo(422);
        assertThat(real.json().get("errors").get(0).get("row").asInt()).isEqualTo(5);
        assertThat(real.json().get("errors").get(0).get("column").asText()).isEqualTo("site_code");
        assertThat(patients(prefix + "-001")).isZero();
    }

    @Test
    void aFileWithoutTheRequiredColumnsIsRefusedAtTheHeader() {
        Reply reply = post("study_id,sex\n" + prefix + "-1,F\n", true);
        assertThat(reply.status()).isEqualTo(422);
        assertThat(reply.json().get("errors"))
                .extracting(e -> e.get("column").asText())
                .contains("site_code", "diagnosis_date");
    }

    @Test
    void studyIdsAlreadyInTheRegistryOrTwiceInTheFileAreProblems() throws IOException {
        String csv = sample().replace("SITEA-S", prefix + "-");
        assertThat(post(csv, false).status()).isEqualTo(201);
        Reply again = post(csv, true);
        assertThat(again.json().get("errors"))
                .extracting(e -> e.get("column").asText())
                .containsOnly("study_id");
        assertThat(again.json().get("errors")).hasSize(4);
    }

    @Test
    void theUiMayUploadTheFileAsAMultipartForm() throws IOException {
        String csv = sample().replace("SITEA-S", prefix + "-");
        String boundary = "----registry" + UUID.randomUUID();
        String form = "--" + boundary + "\r\n"
                + "Content-Disposition: form-data; name=\"file\"; filename=\"patients.csv\"\r\n"
                + "Content-Type: text/csv\r\n\r\n" + csv + "\r\n--" + boundary + "--\r\n";
        Reply reply = api.send(
                "POST",
                IMPORTS + "?dryRun=true",
                Keycloak.token("coordinator-a"),
                "multipart/form-data; boundary=" + boundary,
                form,
                Map.of());
        assertThat(reply.status()).as(reply.body()).isEqualTo(200);
        assertThat(reply.json().get("rows").asInt()).isEqualTo(4);
        assertThat(reply.json().get("valid").asBoolean()).isTrue();
    }

    /** A form whose file is under another name is told which part to use (the server's own lookup was a 500). */
    @Test
    void aFormWithoutTheFilePartIsToldWhichPartToUse() throws IOException {
        String boundary = "----registry" + UUID.randomUUID();
        String form = "--" + boundary + "\r\n"
                + "Content-Disposition: form-data; name=\"upload\"; filename=\"patients.csv\"\r\n"
                + "Content-Type: text/csv\r\n\r\n" + sample() + "\r\n--" + boundary + "--\r\n";
        Reply reply = api.send(
                "POST",
                IMPORTS + "?dryRun=true",
                Keycloak.token("coordinator-a"),
                "multipart/form-data; boundary=" + boundary,
                form,
                Map.of());
        assertThat(reply.status()).as(reply.body()).isEqualTo(422);
        assertThat(reply.json().at("/errors/0/field").asText()).isEqualTo("$.file");
    }

    @Test
    void investigatorsDoNotImport() throws IOException {
        Reply reply = api.send("POST", IMPORTS, Keycloak.token("investigator"), "text/csv", sample(), Map.of());
        assertThat(reply.status()).isEqualTo(403);
    }

    /** A row with a cell more than the header has columns is named by its row, and nothing of the file is imported. */
    @Test
    void aRowWiderThanTheHeaderIsNamedAndNothingIsImported() throws IOException {
        String[] lines = sample().replace("SITEA-S", prefix + "-").split("\r?\n");
        lines[2] = lines[2] + ",surplus";
        String csv = String.join("\r\n", lines) + "\r\n";

        Reply dryRun = post(csv, true);
        assertThat(dryRun.json().get("valid").asBoolean()).isFalse();
        assertThat(dryRun.json().get("errors")).singleElement().satisfies(e -> {
            assertThat(e.get("row").asInt()).isEqualTo(3);
            assertThat(e.get("message").asText()).startsWith("has 33 cells; the header has 32 columns");
        });
        assertThat(post(csv, false).status()).isEqualTo(422);
        assertThat(patients(prefix + "-001")).isZero();
    }

    /** A file whose quotes do not close is told in words, never in the CSV library's. */
    @Test
    void aBrokenQuoteIsToldInWords() throws IOException {
        String csv = sample().replace("SITEA-S", prefix + "-").replace(",DRUG,", ",\"DRUG,");
        Reply dryRun = post(csv, true);
        assertThat(dryRun.status()).isEqualTo(422);
        assertThat(dryRun.json().at("/errors/0/message").asText())
                .startsWith("the file is not valid CSV: a quoted value is never closed")
                .doesNotContain("java.");
    }

    /** A rehearsal asked for with a word the registry does not take is refused, not made for real. */
    @Test
    void aDryRunFlagThatIsNeitherTrueNorFalseIsRefusedAndNothingIsImported() throws IOException {
        String csv = sample().replace("SITEA-S", prefix + "-");
        Reply maybe =
                api.send("POST", IMPORTS + "?dryRun=yes", Keycloak.token("coordinator-a"), "text/csv", csv, Map.of());
        assertThat(maybe.status()).isEqualTo(422);
        assertThat(maybe.json().at("/errors/0/field").asText()).isEqualTo("dryRun");
        assertThat(maybe.json().at("/errors/0/message").asText()).isEqualTo("must be true or false");
        assertThat(patients(prefix + "-001")).isZero();
    }

    private Reply post(String csv, boolean dryRun) {
        return api.send(
                "POST",
                IMPORTS + (dryRun ? "?dryRun=true" : ""),
                Keycloak.token("coordinator-a"),
                "text/csv",
                csv,
                Map.of());
    }

    private long patients(String studyId) {
        return api.get("api/v1/patients?studyId=" + studyId, Keycloak.token("coordinator-a"))
                .json()
                .get("total")
                .asLong();
    }

    private JsonNode patient(String studyId) {
        return api.get("api/v1/patients?studyId=" + studyId, Keycloak.token("coordinator-a"))
                .json()
                .get("items")
                .get(0);
    }

    static String sample() throws IOException {
        try (InputStream in = ImportIT.class.getResourceAsStream("/imports/sample-import.csv")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
