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
    private static final String VARIED = "SITE-Q";
    private static final String VARIED_COORDINATOR = "it-coordinator-filters";
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
        aVariedCohort();
    }

    /**
     * Four patients of site SITE-Q that differ in every cohort filter. Q0: VSAA (ANC 0.1), idiopathic, 69 at
     * diagnosis 2019-03-01, hATG + CsA. Q1: SAA, drug, 15 at 2020-06-01, rATG + CsA, MSD marrow transplant
     * 2020-12-01, died 2021-06-01. Q2: NSAA, Fanconi, 31 at 2021-01-10, untreated, MUD PBSC transplant
     * 2021-05-01. Q3: severity not assessable (no marrow), hepatitis, 42 at 2022-02-02, hATG + CsA + EPAG.
     */
    private void aVariedCohort() {
        api.post(
                "api/v1/sites",
                Keycloak.token("admin"),
                "{\"code\":\"" + VARIED + "\",\"name\":\"Filters test site\"}");
        Keycloak.ensureUser(VARIED_COORDINATOR, List.of("coordinator"), List.of(VARIED));
        String csv = "study_id,site_code,sex,birth_year,diagnosis_date,cause,vital_status,last_contact_date,"
                + "death_date,cause_of_death,marrow_cellularity_pct,residual_hematopoietic_pct,hb_g_l,anc,platelets,"
                + "retic_abs,retic_method,first_line_regimen,first_line_start,hsct_date,donor_type,graft_source,"
                + "agvhd_grade,cgvhd,graft_failure\n"
                + "SITEQ-Q0,SITE-Q,F,1950,2019-03-01,IDIOPATHIC,ALIVE,2023-01-01,,,10,20,70,0.1,10,10,AUTOMATED,"
                + "HATG_CSA,2019-03-05,,,,,,\n"
                + "SITEQ-Q1,SITE-Q,M,2005,2020-06-01,DRUG,DEAD,2021-06-01,2021-06-01,INFECTION,10,20,70,0.4,10,10,"
                + "AUTOMATED,RATG_CSA,2020-06-05,2020-12-01,MSD,BM,1,NONE,NONE\n"
                + "SITEQ-Q2,SITE-Q,F,1990,2021-01-10,IBMF_FANCONI,ALIVE,2024-01-01,,,20,40,90,0.9,30,70,AUTOMATED,"
                + ",,2021-05-01,MUD,PBSC,2,NONE,NONE\n"
                + "SITEQ-Q3,SITE-Q,M,1980,2022-02-02,HEPATITIS,ALIVE,2024-06-01,,,,,,,,,,HATG_CSA_EPAG,2022-02-10,"
                + ",,,,,\n";
        Reply imported =
                api.send("POST", "api/v1/imports", Keycloak.token(VARIED_COORDINATOR), "text/csv", csv, Map.of());
        assertThat(imported.status()).as(imported.body()).isEqualTo(201);
    }

    @Test
    void everyCohortFilterSelectsItsPatientsAndRepeatedValuesMeanAnyOf() {
        String q = "cohort-summary?site=" + VARIED;
        assertThat(n(q)).isEqualTo(4);
        assertThat(n(q + "&cause=DRUG")).isEqualTo(1);
        assertThat(n(q + "&cause=DRUG&cause=HEPATITIS")).isEqualTo(2);
        assertThat(n(q + "&severity=VSAA")).isEqualTo(1);
        assertThat(n(q + "&severity=SAA&severity=VSAA")).isEqualTo(2);
        assertThat(n(q + "&severity=NSAA")).isEqualTo(1);
        assertThat(n(q + "&severity=NOT_ASSESSABLE")).isEqualTo(1);
        assertThat(n(q + "&firstLineRegimen=HATG_CSA")).isEqualTo(1);
        assertThat(n(q + "&firstLineRegimen=HATG_CSA&firstLineRegimen=HATG_CSA_EPAG"))
                .isEqualTo(2);
        assertThat(n(q + "&transplanted=true")).isEqualTo(2);
        assertThat(n(q + "&transplanted=false")).isEqualTo(2);
        assertThat(n(q + "&donorType=MSD")).isEqualTo(1);
        assertThat(n(q + "&diagnosisFrom=2020-06-01&diagnosisTo=2021-01-10"))
                .as("inclusive")
                .isEqualTo(2);
        assertThat(n(q + "&ageFrom=31&ageTo=42")).as("inclusive").isEqualTo(2);
        assertThat(n(q + "&ageTo=15")).isEqualTo(1);
        assertThat(n(q + "&cause=DRUG&transplanted=false"))
                .as("filters combine")
                .isZero();
        assertThat(n(q + "&cutOff=2020-12-31")).as("diagnosed by the cut-off").isEqualTo(2);
        assertThat(n(q + "&transplanted=true&cutOff=2021-03-01"))
                .as("a transplant after the cut-off is not yet a transplant")
                .isEqualTo(1);
    }

    @Test
    void eachEndpointCountsFromItsNaturalOriginAndOnlyThePatientsItAppliesTo() {
        String q = "survival?site=" + VARIED;
        JsonNode grfs = json(q + "&endpoint=GRFS");
        assertThat(grfs.get("origin").asText()).isEqualTo("TRANSPLANT");
        assertThat(grfs.at("/cohort/n").asInt())
                .as("the two transplanted patients")
                .isEqualTo(2);
        JsonNode efs = json(q + "&endpoint=EFS");
        assertThat(efs.get("origin").asText()).isEqualTo("FIRST_LINE_START");
        assertThat(efs.at("/cohort/n").asInt()).as("the three treated patients").isEqualTo(3);
        JsonNode grfsFromDiagnosis = json(q + "&endpoint=GRFS&origin=DIAGNOSIS");
        assertThat(grfsFromDiagnosis.at("/cohort/n").asInt()).isEqualTo(2);

        JsonNode censored = json(q + "&endpoint=OS_TRANSPLANT_CENSORED");
        assertThat(censored.at("/groups/0/n").asInt()).isEqualTo(4);
        assertThat(censored.at("/groups/0/events").asInt())
                .as("Q1 died after the transplant: censored at it")
                .isZero();
        JsonNode os = json(q + "&endpoint=OS");
        assertThat(os.at("/groups/0/events").asInt()).isEqualTo(1);
        JsonNode fromTransplant = json(q + "&origin=TRANSPLANT");
        assertThat(fromTransplant.at("/cohort/n").asInt()).isEqualTo(2);
        assertThat(fromTransplant.at("/groups/0/curve/0/time").asDouble())
                .as("Q1: 2020-12-01 to death 2021-06-01")
                .isEqualTo(182);

        for (String event : new String[] {"RELAPSE", "CLONAL_EVOLUTION", "RESPONSE"}) {
            JsonNode incidence = json("cumulative-incidence?site=" + VARIED + "&event=" + event + "&groupBy=SEX");
            assertThat(incidence.at("/cohort/n").asInt()).as(event).isEqualTo(4);
            assertThat(incidence.get("competingEvents")).as(event).isNotEmpty();
            assertThat(incidence.get("grayTest").isNull())
                    .as(event + ": nobody of this cohort had it, so there is nothing to test")
                    .isTrue();
        }
        Reply byGraft = api.get(
                "api/v1/reports/transplant?site=" + VARIED + "&groupBy=GRAFT_SOURCE", Keycloak.token("investigator"));
        assertThat(byGraft.status()).isEqualTo(200);
        assertThat(byGraft.json().get("groups")).extracting(JsonNode::asText).contains("BM", "PBSC");
        Reply bySex =
                api.get("api/v1/reports/transplant?site=" + VARIED + "&groupBy=SEX", Keycloak.token("investigator"));
        assertThat(bySex.status()).isEqualTo(422);
        assertThat(bySex.json().at("/errors/0/field").asText()).isEqualTo("$.groupBy");
    }

    @Test
    void theThreeIntervalTypesAreRsFormulas() {
        double s = 0.8;
        double sigma = Math.sqrt(1.0 / 20);
        double z = 1.959963984540054;
        JsonNode plain = json("survival?site=" + SITE + "&ci=PLAIN").at("/groups/0/curve/0");
        assertThat(plain.get("lower").asDouble()).isCloseTo(s - z * s * sigma, within(1e-12));
        assertThat(plain.get("upper").asDouble()).isCloseTo(Math.min(1, s + z * s * sigma), within(1e-12));
        JsonNode logLog = json("survival?site=" + SITE + "&ci=LOG_LOG").at("/groups/0/curve/0");
        double logS = Math.log(s);
        assertThat(logLog.get("lower").asDouble())
                .isCloseTo(Math.exp(-Math.exp(Math.log(-logS) + z * sigma / Math.abs(logS))), within(1e-12));
        assertThat(logLog.get("upper").asDouble())
                .isCloseTo(Math.exp(-Math.exp(Math.log(-logS) - z * sigma / Math.abs(logS))), within(1e-12));
        JsonNode log = json("survival?site=" + SITE).at("/groups/0/curve/0");
        assertThat(log.get("lower").asDouble()).isCloseTo(Math.exp(logS - z * sigma), within(1e-12));
        assertThat(log.get("upper").asDouble()).as("capped at 1").isEqualTo(1.0);
    }

    @Test
    void missingValuesAreExplicitNulls() {
        JsonNode report = json("survival?site=" + SITE + "&times=10000");
        JsonNode late = report.at("/groups/0/landmarks/0");
        assertThat(late.get("time").asDouble()).isEqualTo(10000);
        for (String field : new String[] {"survival", "stdErr", "lower", "upper"}) {
            assertThat(late.has(field)).as(field).isTrue();
            assertThat(late.get(field).isNull()).as(field).isTrue();
        }
        assertThat(report.get("logRank").isNull()).as("one group: no test").isTrue();
        JsonNode lastStep = report.at("/groups/0/curve/2");
        assertThat(lastStep.has("upper")).isTrue();
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
        assertThat(report.get("logRank").isNull()).isTrue();

        JsonNode atRisk =
                json("survival?site=" + SITE + "&atRiskTimes=0,150,365").at("/groups/0/atRisk");
        assertThat(atRisk)
                .extracting(a -> a.get("time").asInt() + ":" + a.get("n").asInt())
                .containsExactly("0:5", "150:4", "365:2");
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

        Reply byHeader = api.send(
                "GET",
                "api/v1/reports/response?site=" + SITE,
                Keycloak.token("investigator"),
                null,
                null,
                Map.of("Accept", "text/csv"));
        assertThat(byHeader.status()).isEqualTo(200);
        assertThat(byHeader.contentType()).startsWith("text/csv");
        Reply unacceptable = api.send(
                "GET",
                "api/v1/reports/survival?site=" + SITE,
                Keycloak.token("investigator"),
                null,
                null,
                Map.of("Accept", "image/png"));
        assertThat(unacceptable.status()).isEqualTo(406);
        for (String kind : new String[] {"cumulative-incidence", "response", "cohort-summary", "transplant"}) {
            Reply kindPdf = api.send(
                    "GET",
                    "api/v1/reports/" + kind + "?site=" + SITE,
                    Keycloak.token("investigator"),
                    null,
                    null,
                    Map.of("Accept", "application/pdf"));
            assertThat(kindPdf.status()).as(kind).isEqualTo(200);
            assertThat(kindPdf.body()).as(kind).startsWith("%PDF");
        }
    }

    @Test
    void aCoordinatorReportsOnTheirOwnSiteOnly() {
        JsonNode own =
                api.get("api/v1/reports/survival", Keycloak.token(COORDINATOR)).json();
        assertThat(own.at("/cohort/n").asInt()).isEqualTo(5);
        Reply other = api.get("api/v1/reports/survival?site=SITE-A", Keycloak.token(COORDINATOR));
        assertThat(other.status())
                .as("another site's cohort is refused, not answered empty")
                .isEqualTo(403);
        JsonNode denied = api.get(
                        "api/v1/audit/access-log?actor=" + COORDINATOR + "&action=DENIED", Keycloak.token("auditor"))
                .json()
                .get("items");
        assertThat(denied)
                .anySatisfy(e -> assertThat(e.get("requestId").asText()).isEqualTo(other.header("X-Request-Id")));
        for (String user : new String[] {"auditor", "admin"}) {
            assertThat(api.get("api/v1/reports/survival", Keycloak.token(user)).status())
                    .as(user)
                    .isEqualTo(403);
        }
    }

    @Test
    void badParametersAreNamedAndEveryRunIsLogged() {
        Reply bad = api.get(
                "api/v1/reports/survival?endpoint=FOREVER&severity=MILD&times=soon&atRiskTimes=-1",
                Keycloak.token("investigator"));
        assertThat(bad.status()).isEqualTo(422);
        assertThat(bad.json().get("errors"))
                .extracting(e -> e.get("field").asText())
                .contains("$.endpoint", "$.severity", "$.times", "$.atRiskTimes");

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

        JsonNode schemas = api.send("GET", "openapi", null, null, null, Map.of("Accept", "application/json"))
                .json()
                .at("/components/schemas");
        JsonNode survival = schemas.get("SurvivalReport");
        assertThat(survival.get("properties").properties())
                .extracting(Map.Entry::getKey)
                .containsExactlyInAnyOrder(
                        "cohort", "endpoint", "origin", "ci", "confidenceLevel", "groups", "logRank", "provenance");
        assertThat(survival.get("required")).hasSize(8);
        assertThat(survival.at("/properties/endpoint/enum"))
                .extracting(JsonNode::asText)
                .containsExactly("OS", "EFS", "OS_TRANSPLANT_CENSORED", "GRFS");
        JsonNode point = schemas.get("CurvePoint").get("properties");
        assertThat(point.properties())
                .extracting(Map.Entry::getKey)
                .containsExactlyInAnyOrder(
                        "time", "atRisk", "events", "censored", "survival", "stdErr", "lower", "upper");
        assertThat(point.at("/lower/nullable").asBoolean())
                .as("a missing limit is null")
                .isTrue();
        assertThat(point.at("/survival/nullable").asBoolean()).isFalse();
    }

    @Test
    void aFilterValueIsDataNeverSql() {
        String attack = "O'Brien'); DROP TABLE patient;--";
        JsonNode attacked = json("cohort-summary?site=" + VARIED + "&site="
                + java.net.URLEncoder.encode(attack, java.nio.charset.StandardCharsets.UTF_8) + "&cutOff=2026-01-01");
        assertThat(attacked.at("/cohort/n").asInt())
                .as("a site that is no site adds nobody")
                .isEqualTo(4);
        assertThat(attacked.at("/cohort/site").toString()).contains("O'Brien'); DROP TABLE patient;--");
        assertThat(n("cohort-summary?site=" + VARIED)).as("nothing was dropped").isEqualTo(4);
    }

    private int n(String query) {
        return json(query).at("/cohort/n").asInt();
    }

    private JsonNode json(String query) {
        Reply reply = api.get("api/v1/reports/" + query, Keycloak.token("investigator"));
        assertThat(reply.status()).as(reply.body()).isEqualTo(200);
        return reply.json();
    }
}
