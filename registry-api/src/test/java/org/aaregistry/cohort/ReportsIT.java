package org.aaregistry.cohort;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URL;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.aaregistry.it.Api;
import org.aaregistry.it.Clinic;
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
 * Reports end to end on a cohort of its own site (SITE-R): the endpoint computed from the record, the statistics,
 * the three formats, the small-numbers rule, the caller's scope and the access log.
 */
@ExtendWith(ArquillianExtension.class)
class ReportsIT {

    private static final String SITE = "SITE-R";
    private static final String COORDINATOR = "it-coordinator-reports";
    private static final Set<String> SEEDED = ConcurrentHashMap.newKeySet();

    @Deployment(testable = false)
    static WebArchive deployment() {
        return RegistryDeployment.builtApi();
    }

    @ArquillianResource
    URL deployment;

    Api api;

    /**
     * Five patients diagnosed 2020-01-01 of site SITE-R: deaths at day 100, 200 and 300, alive at day 400 and 500.
     * Overall survival by hand: S(100) = 4/5, S(200) = 3/5, S(300) = 2/5, median 300 days.
     */
    @BeforeEach
    void aCohortOfFive() {
        api = new Api(deployment);
        new Clinic(api);
        if (!SEEDED.add(api.uri("").toString())) {
            return;
        }
        api.post("api/v1/sites", Keycloak.token("admin"), "{\"code\":\"" + SITE + "\",\"name\":\"Reports test site\"}");
        Keycloak.ensureUser(COORDINATOR, List.of("coordinator"), List.of(SITE));
        StringBuilder csv = new StringBuilder("study_id,site_code,sex,birth_year,diagnosis_date,cause,vital_status,"
                + "last_contact_date,death_date,first_line_regimen,first_line_start,response_3m\n");
        String[][] course = {
            {"DEAD", "2020-04-10", "HATG_CSA", "NR"}, {"DEAD", "2020-07-19", "HATG_CSA", "PR"},
            {"DEAD", "2020-10-27", "RATG_CSA", "NR"}, {"ALIVE", "2021-02-04", "RATG_CSA", "CR"},
            {"ALIVE", "2021-05-15", "HATG_CSA", "PR"}
        };
        for (int i = 0; i < course.length; i++) {
            String[] c = course[i];
            csv.append("SITER-R")
                    .append(i)
                    .append(',')
                    .append(SITE)
                    .append(",F,1980,2020-01-01,IDIOPATHIC,")
                    .append(c[0])
                    .append(',')
                    .append(c[1])
                    .append(',')
                    .append(c[0].equals("DEAD") ? c[1] : "")
                    .append(',')
                    .append(c[2])
                    .append(",2020-01-05,")
                    .append(c[3])
                    .append('\n');
        }
        Reply imported =
                api.send("POST", "api/v1/imports", Keycloak.token(COORDINATOR), "text/csv", csv.toString(), Map.of());
        assertThat(imported.status()).as(imported.body()).isEqualTo(201);
    }

    @Test
    void overallSurvivalIsComputedFromTheRecordAsByHand() {
        JsonNode report = json("survival?site=" + SITE + "&times=150,365");
        assertThat(report.at("/cohort/n").asInt()).isEqualTo(5);
        assertThat(report.at("/cohort/site/0").asText()).isEqualTo(SITE);
        assertThat(report.get("endpoint").asText()).isEqualTo("OS");
        assertThat(report.get("origin").asText()).isEqualTo("DIAGNOSIS");
        assertThat(report.get("ci").asText()).isEqualTo("LOG");
        JsonNode all = report.at("/groups/0");
        assertThat(all.get("n").asInt()).isEqualTo(5);
        assertThat(all.get("events").asInt()).isEqualTo(3);
        assertThat(all.at("/median/estimate").asDouble()).isEqualTo(300);
        assertThat(all.at("/curve/0/time").asDouble()).isEqualTo(100);
        assertThat(all.at("/curve/0/survival").asDouble()).isCloseTo(0.8, within(1e-12));
        assertThat(all.at("/curve/2/survival").asDouble()).isCloseTo(0.4, within(1e-12));
        // Greenwood: sqrt(S^2 * sum d/(n(n-d))) at day 150 = 0.8 * sqrt(1/20)
        assertThat(all.at("/landmarks/0/stdErr").asDouble()).isCloseTo(0.8 * Math.sqrt(1.0 / 20), within(1e-12));
        assertThat(report.has("logRank")).isFalse();
    }

    @Test
    void groupsBringTheLogRankTest() {
        JsonNode report = json("survival?site=" + SITE + "&groupBy=FIRST_LINE_REGIMEN");
        assertThat(report.get("groups"))
                .extracting(g -> g.get("name").asText())
                .containsExactly("HATG_CSA", "RATG_CSA");
        assertThat(report.at("/logRank/df").asInt()).isEqualTo(1);
        assertThat(report.at("/logRank/p").asDouble()).isBetween(0.0, 1.0);
    }

    @Test
    void responseAndCumulativeIncidenceAndSummaryAnswerToo() {
        JsonNode response = json("response?site=" + SITE);
        JsonNode month3 = response.at("/groups/0/timePoints/0");
        assertThat(month3.get("timePoint").asText()).isEqualTo("MONTH_3");
        assertThat(month3.get("n").asInt()).isEqualTo(5);
        assertThat(month3.get("cr").asInt()).isEqualTo(1);
        assertThat(month3.get("pr").asInt()).isEqualTo(2);
        assertThat(month3.at("/orr/estimate").asDouble()).isCloseTo(0.6, within(1e-12));

        JsonNode incidence = json("cumulative-incidence?site=" + SITE + "&event=RESPONSE&origin=FIRST_LINE_START");
        assertThat(incidence.get("competingEvents"))
                .extracting(JsonNode::asText)
                .containsExactly("death", "transplant");
        assertThat(json("cohort-summary?site=" + SITE).at("/cohort/n").asInt()).isEqualTo(5);
        assertThat(api.get("api/v1/reports/transplant?site=" + SITE, Keycloak.token("investigator"))
                        .status())
                .isEqualTo(200);
    }

    @Test
    void pdfAndCsvAreNegotiated() {
        Reply pdf = api.send(
                "GET",
                "api/v1/reports/survival?site=" + SITE,
                Keycloak.token("investigator"),
                null,
                null,
                Map.of("Accept", "application/pdf"));
        assertThat(pdf.status()).isEqualTo(200);
        assertThat(pdf.contentType()).startsWith("application/pdf");
        assertThat(pdf.body()).startsWith("%PDF");

        Reply csv = api.get("api/v1/reports/survival?site=" + SITE + "&format=csv", Keycloak.token("investigator"));
        assertThat(csv.contentType()).startsWith("text/csv");
        assertThat(csv.body())
                .as("five patients: counts are hidden from an investigator")
                .contains("<5");

        Reply own = api.get("api/v1/reports/survival?format=csv", Keycloak.token(COORDINATOR));
        assertThat(own.body()).as("the coordinator of the site sees the counts").doesNotContain("<5");
    }

    @Test
    void aCoordinatorReportsOnTheirOwnSiteOnly() {
        JsonNode own =
                api.get("api/v1/reports/survival", Keycloak.token(COORDINATOR)).json();
        assertThat(own.at("/cohort/n").asInt()).isEqualTo(5);
        JsonNode other = api.get("api/v1/reports/survival?site=SITE-A", Keycloak.token(COORDINATOR))
                .json();
        assertThat(other.at("/cohort/n").asInt()).isZero();
        for (String user : new String[] {"auditor", "admin"}) {
            assertThat(api.get("api/v1/reports/survival", Keycloak.token(user)).status())
                    .as(user)
                    .isEqualTo(403);
        }
    }

    @Test
    void badParametersAreNamedAndEveryRunIsLogged() {
        Reply bad = api.get(
                "api/v1/reports/survival?endpoint=FOREVER&severity=MILD&times=soon", Keycloak.token("investigator"));
        assertThat(bad.status()).isEqualTo(422);
        assertThat(bad.json().get("errors"))
                .extracting(e -> e.get("field").asText())
                .contains("$.endpoint", "$.severity", "$.times");

        json("survival?site=" + SITE + "&endpoint=EFS&efsEvents=DEATH,RELAPSE");
        JsonNode logged = api.get("api/v1/audit/access-log?actor=investigator&action=REPORT", Keycloak.token("auditor"))
                .json()
                .get("items");
        assertThat(logged)
                .anySatisfy(entry -> assertThat(entry.get("detail").asText())
                        .contains("endpoint=EFS")
                        .contains("efsEvents=DEATH,RELAPSE"));
    }

    @Test
    void theReportJsonIsDocumentedInOpenApi() {
        Reply openApi = api.get("openapi", null);
        assertThat(openApi.status()).isEqualTo(200);
        assertThat(openApi.body())
                .contains("/v1/reports/survival")
                .contains("SurvivalReport")
                .contains("logRank")
                .contains("confidenceLevel")
                .contains("IncidenceReport")
                .contains("grayTest");
    }

    private JsonNode json(String query) {
        Reply reply = api.get("api/v1/reports/" + query, Keycloak.token("investigator"));
        assertThat(reply.status()).as(reply.body()).isEqualTo(200);
        return reply.json();
    }
}
