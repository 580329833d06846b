package org.aaregistry.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.aaregistry.it.Keycloak;
import org.aaregistry.it.Reply;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;

/**
 * A research coordinator's day in the browser: find and enrol patients, enter a treatment line and a series of
 * counts from the keyboard, see the response the registry derives, correct a count and see it change, meet a
 * colleague's change without losing a keystroke, import a file, and never reach another site's patient.
 */
@ExtendWith(ArquillianExtension.class)
class CoordinatorIT {

    @Deployment(testable = false)
    static WebArchive deployment() {
        return WebRegistry.deployment();
    }

    @ArquillianResource
    URL deployment;

    WebRegistry registry;

    @BeforeEach
    void registry() {
        registry = WebRegistry.at(deployment);
    }

    @Test
    void aCoordinatorEntersACourseAndSeesTheDerivedResponseFollowACorrection() throws Exception {
        String studyId =
                "SITEA-UI-" + UUID.randomUUID().toString().substring(0, 6).toUpperCase();
        try (Browser browser = new Browser()) {
            browser.open(registry.url("/"));
            browser.signInAs("coordinator-a", Keycloak.DEV_PASSWORD);

            browser.follow("Patients");
            assertThat(browser.heading()).matches("Patients \\d+ found");
            assertThat(sitesListed(browser)).containsOnly("SITE-A");
            browser.inspect("patients");

            browser.follow("Enrol a patient");
            browser.type("Study id", studyId);
            browser.choose("Sex", "Female");
            browser.type("Birth year", "1985");
            browser.type("Diagnosis date", "2025-01-10");
            browser.choose("Cause", "Idiopathic (worked up, no cause)");
            browser.type("Cellularity", "10");
            browser.type("Hemoglobin", "70");
            browser.type("ANC", "0.3");
            browser.type("Platelets", "10");
            browser.type("Reticulocytes", "20");
            browser.choose("Reticulocyte method", "Automated");
            browser.type("Last contact", "2026-06-01");
            browser.inspect("enrol");
            browser.press("Save");
            assertThat(browser.heading()).isEqualTo(studyId);
            assertThat(browser.text()).contains("Patient enrolled").contains("Severe (SAA)");

            browser.pressHere("Add");
            browser.follow("Treatment line");
            browser.choose("Regimen", "Horse ATG + cyclosporine");
            browser.type("Start date", "2025-01-20");
            browser.choose("Intent", "First line");
            browser.press("Save");
            assertThat(browser.text()).contains("Horse ATG + cyclosporine");

            browser.follow("Add counts");
            typeCountsFromTheKeyboard(browser);
            browser.inspect("counts-grid");
            browser.loading(() -> new Actions(browser.driver())
                    .keyDown(Keys.CONTROL)
                    .sendKeys(Keys.ENTER)
                    .keyUp(Keys.CONTROL)
                    .perform());
            assertThat(browser.text()).contains("10 blood counts saved");
            assertThat(derived(browser, "6 months")).isEqualTo("Complete response");
            assertThat(derived(browser, "3 months")).isEqualTo("Partial response");

            browser.loading(() -> browser.click(By.xpath("//a[@aria-label='Edit the count of 2025-07-18']")));
            browser.type("Platelets", "60");
            browser.type("Reason for the change (kept in the change history)", "transcription error: 60, not 160");
            browser.inspect("correct-count");
            browser.press("Save correction");
            assertThat(browser.text()).contains("Correction saved");
            assertThat(derived(browser, "6 months")).isEqualTo("Partial response");

            // the change history, asked for when it scrolls into view, holds the correction and its reason
            browser.script("document.getElementById('history-title').scrollIntoView()");
            assertThat(browser.await(By.cssSelector(".history-table")).getText())
                    .contains("update blood count")
                    .contains("transcription error: 60, not 160");
            browser.script("window.scrollTo(0, 0)");
            browser.inspect("chart");
        }
    }

    @Test
    void aColleaguesChangeMeanwhileKeepsWhatWasTypedAndLetsItBeSavedOnTop() throws Exception {
        String patient = enrolWithACount("SITEA-412-");
        String token = Keycloak.token("coordinator-a");
        Reply counts = registry.api.get("api/v1/patients/" + patient + "/blood-counts", token);
        String count = counts.json().get(0).get("id").asText();
        try (Browser browser = new Browser()) {
            browser.open(registry.url("/patients/" + patient + "/blood-counts/" + count + "/edit"));
            browser.signInAs("coordinator-a", Keycloak.DEV_PASSWORD);
            browser.type("ANC", "1.25");
            browser.type("Reason for the change (kept in the change history)", "lab resent the ANC");

            // meanwhile a colleague corrects the platelets of the same count
            Reply current = registry.api.get("api/v1/patients/" + patient + "/blood-counts/" + count, token);
            Reply colleague = registry.api.send(
                    "PUT",
                    "api/v1/patients/" + patient + "/blood-counts/" + count,
                    token,
                    "application/json",
                    "{\"sampleDate\":\"2025-03-01\",\"hemoglobin\":90,\"anc\":0.9,\"platelets\":77,\"reason\":\"colleague\"}",
                    Map.of("If-Match", current.header("ETag")));
            assertThat(colleague.status()).isEqualTo(200);

            browser.press("Save correction");
            assertThat(browser.text()).contains("Someone else changed this record while you were editing it");
            assertThat(browser.field("ANC").getAttribute("value")).isEqualTo("1.25");
            assertThat(browser.field("Reason for the change (kept in the change history)")
                            .getAttribute("value"))
                    .isEqualTo("lab resent the ANC");
            assertThat(browser.await(By.cssSelector(".conflict table")).getText())
                    .contains("Platelets")
                    .contains("77");
            browser.inspect("conflict");

            browser.press("Save correction");
            assertThat(browser.text()).contains("Correction saved");
        }
        JsonNode after = registry.api
                .get("api/v1/patients/" + patient + "/blood-counts/" + count, token)
                .json();
        assertThat(after.get("anc").decimalValue()).isEqualByComparingTo("1.25");
    }

    /**
     * Voiding needs a reason, and the API's refusal without one stands beside the void form; with one, the count
     * leaves the chart and the response it made stays derived from what is left, while the API still holds it as
     * voided (nothing clinical is deleted).
     */
    @Test
    void aVoidNeedsAReasonAndTakesTheCountOutOfTheChartWithoutDeletingIt() throws Exception {
        String patient = enrolWithACount("SITEA-VOID-");
        String token = Keycloak.token("coordinator-a");
        String count = registry.api
                .get("api/v1/patients/" + patient + "/blood-counts", token)
                .json()
                .get(0)
                .get("id")
                .asText();
        try (Browser browser = new Browser()) {
            browser.open(registry.url("/patients/" + patient));
            browser.signInAs("coordinator-a", Keycloak.DEV_PASSWORD);
            browser.loading(() -> browser.click(By.xpath("//a[@aria-label='Edit the count of 2025-03-01']")));

            browser.press("Void");
            assertThat(browser.await(By.cssSelector(".void-form .alert-danger")).getText())
                    .containsIgnoringCase("reason");
            assertThat(registry.api
                            .get("api/v1/patients/" + patient + "/blood-counts", token)
                            .json()
                            .size())
                    .isEqualTo(1);

            browser.type("Reason for voiding", "sample belonged to another patient");
            browser.press("Void");
            assertThat(browser.text()).contains("Voided: the record stays in the registry");
            assertThat(browser.driver().findElements(By.xpath("//a[@aria-label='Edit the count of 2025-03-01']")))
                    .isEmpty();
        }
        assertThat(registry.api
                        .get("api/v1/patients/" + patient + "/blood-counts", token)
                        .json()
                        .size())
                .isZero();
        JsonNode kept = registry.api
                .get("api/v1/patients/" + patient + "/blood-counts?includeVoided=true", token)
                .json()
                .get(0);
        assertThat(kept.get("id").asText()).isEqualTo(count);
        assertThat(kept.get("voided").asBoolean()).isTrue();
        assertThat(kept.get("voidReason").asText()).isEqualTo("sample belonged to another patient");
    }

    /**
     * The session at the registry ends while a coordinator types (here: its cookie is gone). Saving sends the browser
     * through the sign-in (Keycloak still knows the user) and back to the form, with everything typed restored and
     * not yet saved.
     */
    @Test
    void anEndedSessionDoesNotLoseWhatWasTyped() throws Exception {
        String patient = enrolWithACount("SITEA-DRAFT-");
        try (Browser browser = new Browser()) {
            browser.open(registry.url("/patients/" + patient + "/events/new"));
            browser.signInAs("coordinator-a", Keycloak.DEV_PASSWORD);
            browser.choose("Event", "Clinical PNH");
            browser.type("Date", "2025-05-02");
            browser.type("Detail", "hemolysis, LDH 3 x ULN");
            browser.driver().manage().deleteCookieNamed("JSESSIONID");

            browser.press("Save");

            assertThat(browser.text()).contains("What you typed before is back in the form; it is not saved yet.");
            assertThat(browser.field("Date").getAttribute("value")).isEqualTo("2025-05-02");
            assertThat(browser.field("Detail").getAttribute("value")).isEqualTo("hemolysis, LDH 3 x ULN");
            browser.press("Save");
            assertThat(browser.text()).contains("Clinical PNH");
        }
    }

    @Test
    void anotherSitesCoordinatorCannotReachASiteAPatientByAnyAddress() throws Exception {
        String patient = enrolWithACount("SITEA-OTHER-");
        try (Browser browser = new Browser()) {
            browser.open(registry.url("/"));
            browser.signInAs("coordinator-b", Keycloak.DEV_PASSWORD);
            for (String path : List.of(
                    "/patients/" + patient,
                    "/patients/" + patient + "/edit",
                    "/patients/" + patient + "/blood-counts/new",
                    "/patients/" + patient + "/treatment-lines/new")) {
                browser.open(registry.url(path));
                browser.ready();
                assertThat(browser.heading()).as(path).isEqualTo("Not found");
                assertThat(browser.text()).as(path).contains("not one of your sites' records");
            }
            browser.open(registry.url("/patients?studyId=SITEA-OTHER-"));
            browser.ready();
            assertThat(browser.text()).contains("No patient matches these filters.");
        }
    }

    @Test
    void anImportIsCheckedRowByRowThenImportedWhole() throws Exception {
        String prefix =
                "SITEA-IMP-" + UUID.randomUUID().toString().substring(0, 4).toUpperCase();
        String header = "study_id,site_code,sex,birth_year,diagnosis_date,cause,vital_status,last_contact_date,anc\n";
        Path broken = Files.createTempFile("import", ".csv");
        Files.writeString(broken, header + prefix + "-1,SITE-A,F,1970,2024-02-01,IDIOPATHIC,ALIVE,2025-01-01,lots\n");
        Path valid = Files.createTempFile("import", ".csv");
        Files.writeString(
                valid,
                header + prefix + "-1,SITE-A,F,1970,2024-02-01,IDIOPATHIC,ALIVE,2025-01-01,0.4\n" + prefix
                        + "-2,SITE-A,M,1990,2024-03-01,DRUG,ALIVE,2025-02-01,1.1\n");
        try (Browser browser = new Browser()) {
            browser.open(registry.url("/"));
            browser.signInAs("coordinator-a", Keycloak.DEV_PASSWORD);
            browser.follow("Import");
            assertThat(browser.await(By.linkText("template file")).getAttribute("href"))
                    .endsWith("/relay/v1/imports/template");

            browser.field("CSV file").sendKeys(broken.toString());
            browser.pressHere("Check the file");
            browser.awaitText("problems to correct");
            assertThat(browser.await(By.cssSelector(".import-result table")).getText())
                    .contains("2")
                    .contains("anc");

            browser.field("CSV file").sendKeys(valid.toString());
            browser.pressHere("Check the file");
            browser.awaitText("no problem found");
            browser.inspect("import");
            browser.pressHere("Import it");
            browser.awaitText("imported: 2 patients");
        }
        assertThat(registry.api
                        .get("api/v1/patients?studyIdContains=" + prefix, Keycloak.token("coordinator-a"))
                        .json()
                        .get("total")
                        .asInt())
                .isEqualTo(2);
    }

    @Test
    void dataCompletenessLinksEachGapToTheFormThatFillsIt() throws Exception {
        try (Browser browser = new Browser()) {
            browser.open(registry.url("/completeness"));
            browser.signInAs("coordinator-a", Keycloak.DEV_PASSWORD);
            assertThat(browser.heading()).isEqualTo("Data completeness");
            browser.inspect("completeness");
            WebElement gap = browser.await(By.cssSelector("a.missing[href$='/blood-counts/new']"));
            String target = gap.getAttribute("href");
            browser.loading(gap::click);
            assertThat(browser.currentUrl()).isEqualTo(target);
            assertThat(browser.heading()).startsWith("Add blood counts");
        }
    }

    /** Ten dated counts, from the keyboard only: values and Tab across a row, Enter to the next row. */
    private static void typeCountsFromTheKeyboard(Browser browser) {
        String[][] rows = {
            {"2025-02-20", "75", "0.3", "12", "15", "x"},
            {"+28", "78", "0.35", "14", "18", ""},
            {"+28", "84", "0.45", "19", "25", ""},
            {"2025-04-21", "96", "0.8", "40", "45", ""},
            {"+30", "104", "1.1", "70", "55", ""},
            {"+30", "112", "1.4", "96", "60", ""},
            {"2025-07-18", "126", "1.8", "160", "70", ""},
            {"+30", "128", "1.9", "170", "72", ""},
            {"2025-10-20", "130", "2.0", "180", "75", ""},
            {"2026-01-20", "131", "2.1", "185", "76", ""}
        };
        browser.named("Sample date, row 1").click();
        Actions keys = new Actions(browser.driver());
        for (String[] row : rows) {
            keys.sendKeys(row[0], Keys.TAB, row[1], Keys.TAB, row[2], Keys.TAB, row[3], Keys.TAB, row[4], Keys.TAB);
            if (!row[5].isEmpty()) {
                keys.sendKeys(Keys.SPACE); // red cells transfused in the 4 weeks before
            }
            keys.sendKeys(Keys.ENTER);
        }
        keys.perform();
        assertThat(browser.named("Sample date, row 2").getAttribute("value")).isEqualTo("2025-03-20");
        assertThat(browser.named("Red cells transfused in the 4 weeks before, row 1")
                        .isSelected())
                .isTrue();
    }

    private static String derived(Browser browser, String timePoint) {
        return browser.await(By.xpath(
                        "//table[contains(@class,'responses')]//tr[th[normalize-space()='" + timePoint + "']]/td[1]"))
                .getText();
    }

    private static List<String> sitesListed(Browser browser) {
        return browser.driver().findElements(By.cssSelector("table.patients tbody tr td:nth-child(2)")).stream()
                .map(WebElement::getText)
                .toList();
    }

    /** A SITE-A patient with one count, enrolled through the API. */
    private String enrolWithACount(String prefix) {
        String token = Keycloak.token("coordinator-a");
        String studyId = prefix + UUID.randomUUID().toString().substring(0, 6).toUpperCase();
        Reply patient = registry.api.post("api/v1/patients", token, """
                {"studyId":"%s","sex":"M","birthYear":1970,"diagnosisDate":"2025-01-10","cause":"IDIOPATHIC",
                 "marrow":{"cellularityPercent":10},
                 "baselineCounts":{"hemoglobin":70,"anc":0.3,"platelets":10,"reticulocytes":20,"reticulocyteMethod":"AUTOMATED"},
                 "followUp":{"vitalStatus":"ALIVE","lastContactDate":"2026-06-01"}}""".formatted(studyId));
        assertThat(patient.status()).as(patient.body()).isEqualTo(201);
        String id = patient.json().get("id").asText();
        Reply count = registry.api.post(
                "api/v1/patients/" + id + "/blood-counts",
                token,
                "{\"sampleDate\":\"2025-03-01\",\"hemoglobin\":90,\"anc\":0.9,\"platelets\":50}");
        assertThat(count.status()).as(count.body()).isEqualTo(201);
        return id;
    }
}
