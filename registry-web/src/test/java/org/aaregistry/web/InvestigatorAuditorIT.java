package org.aaregistry.web;

import static org.assertj.core.api.Assertions.assertThat;

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
import org.openqa.selenium.WebElement;

/**
 * An investigator builds a cohort, reads its survival, incidence, response, baseline and transplant outcomes on
 * screen and takes the same report away as PDF and CSV; an auditor finds a coordinator's changes, reads a patient's
 * history as a timeline and verifies the audit chain, also against a checkpoint kept outside the registry.
 */
@ExtendWith(ArquillianExtension.class)
class InvestigatorAuditorIT {

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
    void anInvestigatorBuildsACohortAndReadsItsSurvivalOnScreenAndAsPdf() throws Exception {
        try (Browser browser = new Browser()) {
            browser.open(registry.url("/reports"));
            browser.signInAs("investigator", Keycloak.DEV_PASSWORD);
            assertThat(browser.heading()).isEqualTo("Build a cohort");
            browser.awaitText("patients match");
            String everyone = browser.await(By.id("cohort-size")).getText();

            for (String regimen : List.of(
                    "Horse ATG + cyclosporine",
                    "Horse ATG + cyclosporine + eltrombopag",
                    "Rabbit ATG + cyclosporine")) {
                browser.click(By.xpath("//label[normalize-space()=" + Browser.literal(regimen) + "]"));
            }
            new org.openqa.selenium.support.ui.WebDriverWait(browser.driver(), java.time.Duration.ofSeconds(20))
                    .until(d -> !d.findElement(By.id("cohort-size")).getText().equals(everyone));
            assertThat(count(browser.await(By.id("cohort-size")).getText()))
                    .isLessThan(count(everyone))
                    .isPositive();
            browser.inspect("cohort-builder");

            browser.press("Survival");
            browser.choose("Compare by", "First-line regimen");
            browser.press("Show");
            assertThat(browser.heading()).isEqualTo("Overall survival");
            List<String> groups = browser.driver().findElements(By.cssSelector("table.estimates tbody th")).stream()
                    .map(WebElement::getText)
                    .toList();
            assertThat(groups)
                    .containsExactlyInAnyOrder(
                            "Horse ATG + cyclosporine",
                            "Horse ATG + cyclosporine + eltrombopag",
                            "Rabbit ATG + cyclosporine");
            assertThat(browser.text()).contains("Log-rank test").contains("Number at risk");
            assertThat(browser.driver().findElements(By.cssSelector(".at-risk-rows .at-risk span")))
                    .isNotEmpty();
            assertThat(curveIsDrawn(browser, "survival-chart")).isTrue();
            browser.inspect("report-survival");

            String pdf = browser.await(By.linkText("Download PDF")).getAttribute("href");
            assertThat(fetch(browser, pdf)).isEqualTo("application/pdf %PDF");
            String csv = browser.await(By.linkText("Download data (CSV)")).getAttribute("href");
            assertThat(fetch(browser, csv)).startsWith("text/csv");

            for (String[] page : List.of(
                    new String[] {"Cumulative incidence", "report-incidence"},
                    new String[] {"Response", "report-response"},
                    new String[] {"Cohort summary", "report-summary"},
                    new String[] {"Transplant outcomes", "report-transplant"})) {
                browser.follow(page[0]);
                assertThat(browser.driver().findElements(By.cssSelector(".alert-danger")))
                        .as(page[0])
                        .isEmpty();
                browser.inspect(page[1]);
            }
        }
    }

    @Test
    void anAuditorFindsACoordinatorsCorrectionAndVerifiesTheChain() throws Exception {
        String studyId = aCorrectedCount();
        try (Browser browser = new Browser()) {
            browser.open(registry.url("/"));
            browser.signInAs("auditor", Keycloak.DEV_PASSWORD);

            browser.follow("Change history");
            browser.type("Who (username)", "coordinator-a");
            browser.type("Patient (study id)", studyId);
            browser.press("Search");
            assertThat(browser.await(By.cssSelector("table.audit-log")).getText())
                    .contains("update blood count")
                    .contains("anc: 0.900 → 1.200")
                    .contains("lab resent the ANC");
            browser.inspect("audit-change-history");

            browser.follow("Access log");
            browser.type("Patient (study id)", studyId);
            browser.press("Search");
            assertThat(browser.await(By.cssSelector("table.audit-log")).getText())
                    .contains("coordinator-a");
            browser.inspect("audit-access-log");

            browser.follow("Patient history");
            browser.type("Study id", studyId);
            browser.press("Show the history");
            assertThat(browser.await(By.cssSelector("ol.timeline")).getText())
                    .contains("create patient")
                    .contains("update blood count")
                    .contains("Reason: lab resent the ANC");
            browser.inspect("audit-patient-history");

            browser.follow("Audit chain");
            browser.pressHere("Verify the chains");
            browser.awaitText("Both chains are intact");

            String checkpoint = (String) browser.asyncScript("const done = arguments[arguments.length - 1];"
                    + " fetch('/audit/checkpoint.json').then(r => r.text()).then(done);");
            Path file = Files.createTempFile("checkpoint", ".json");
            Files.writeString(file, checkpoint);
            browser.field("Checkpoint file").sendKeys(file.toString());
            browser.pressHere("Verify against it");
            browser.awaitText("checked against");
            assertThat(browser.text()).contains("Both chains are intact, checked against");
            browser.inspect("audit-chain");
        }
    }

    /** A coordinator's patient whose count was corrected with a reason, through the API. */
    private String aCorrectedCount() {
        String token = Keycloak.token("coordinator-a");
        String studyId =
                "SITEA-AUD-" + UUID.randomUUID().toString().substring(0, 6).toUpperCase();
        Reply patient = registry.api.post("api/v1/patients", token, """
                {"studyId":"%s","sex":"F","birthYear":1990,"diagnosisDate":"2025-02-01","cause":"HEPATITIS",
                 "followUp":{"vitalStatus":"ALIVE","lastContactDate":"2026-05-01"}}""".formatted(studyId));
        String id = patient.json().get("id").asText();
        Reply count = registry.api.post(
                "api/v1/patients/" + id + "/blood-counts", token, "{\"sampleDate\":\"2025-03-01\",\"anc\":0.9}");
        Reply corrected = registry.api.send(
                "PUT",
                "api/v1/patients/" + id + "/blood-counts/"
                        + count.json().get("id").asText(),
                token,
                "application/json",
                "{\"sampleDate\":\"2025-03-01\",\"anc\":1.2,\"reason\":\"lab resent the ANC\"}",
                Map.of("If-Match", count.header("ETag")));
        assertThat(corrected.status()).as(corrected.body()).isEqualTo(200);
        return studyId;
    }

    /** The content type and, for a PDF, its magic number, of what a link downloads (fetched by the page). */
    private static String fetch(Browser browser, String url) {
        return (String) browser.asyncScript(
                "const done = arguments[arguments.length - 1];"
                        + " fetch(arguments[0]).then(async r => { const type = r.headers.get('Content-Type') || '';"
                        + " const bytes = new Uint8Array(await r.arrayBuffer());"
                        + " done(type.startsWith('application/pdf') ? 'application/pdf ' + String.fromCharCode(...bytes.slice(0, 4)) : type); });",
                url);
    }

    private static boolean curveIsDrawn(Browser browser, String canvas) {
        return Boolean.TRUE.equals(browser.script(
                "const c = Chart.getChart(arguments[0]); return !!c && c.data.datasets.some(d => d.data.length > 2);",
                canvas));
    }

    private static long count(String sentence) {
        return Long.parseLong(sentence.replaceAll("[^0-9]", ""));
    }
}
