package org.aaregistry.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URL;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.StreamSupport;
import org.aaregistry.it.Api;
import org.aaregistry.it.Database;
import org.aaregistry.it.Keycloak;
import org.aaregistry.it.RegistryDeployment;
import org.aaregistry.it.Reply;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.TargetsContainer;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The demo cohort as a new installation gets it: 3,000 synthetic patients loaded by the demo loader into a registry
 * of its own (container {@code payara-micro-demo}, database {@code registry_demo_test}), then read back as the
 * registry's users read it. The calibration targets of docs/demo-cohort.md are checked in the registry's own
 * reports, never in the generator's internals; each tolerance is about the published figure's own uncertainty.
 */
@ExtendWith(ArquillianExtension.class)
class DemoCohortIT {

    static final String DEMO_DB =
            System.getProperty("registry.demo.db.url", "jdbc:postgresql://localhost:5432/registry_demo_test");
    private static final int PATIENTS = 3000;
    private static final Set<String> LOADED = ConcurrentHashMap.newKeySet();

    @Deployment(testable = false)
    @TargetsContainer("payara-micro-demo")
    static WebArchive deployment() {
        return RegistryDeployment.builtApi();
    }

    @ArquillianResource
    URL deployment;

    Api api;

    @BeforeEach
    void aNewInstallationWithTheDemoCohort() {
        api = new Api(deployment);
        if (LOADED.add(api.uri("").toString())) {
            Reply reply = load("{\"seed\":1,\"patients\":" + PATIENTS + ",\"onlyIfEmpty\":true}");
            assertThat(reply.status()).as(reply.body()).isEqualTo(200);
            assertThat(reply.json().get("created").asInt()).isEqualTo(PATIENTS);
            assertThat(reply.json().get("sitesCreated"))
                    .extracting(JsonNode::asText)
                    .containsExactly("SITE-A", "SITE-B", "SITE-C", "SITE-D", "SITE-E");
        }
    }

    /** Overall and complete response of line 1 under the NIH rules, as the response report gives them. */
    @ParameterizedTest(name = "{0} at {1}: {2} {3} ± {4} ({5})")
    @CsvSource({
        "HATG_CSA,      MONTH_6, orr, 0.68, 0.08, Scheinberg et al. 2011",
        "HATG_CSA,      MONTH_3, cr,  0.10, 0.06, RACE control arm 2022",
        "HATG_CSA_EPAG, MONTH_6, orr, 0.87, 0.07, Townsley et al. 2017",
        "HATG_CSA_EPAG, MONTH_6, cr,  0.39, 0.08, Townsley et al. 2017",
        "HATG_CSA_EPAG, MONTH_3, cr,  0.22, 0.08, RACE eltrombopag arm 2022",
        "RATG_CSA,      MONTH_6, orr, 0.37, 0.10, Scheinberg et al. 2011"
    })
    void responsesOfTheFirstLineComeOutAsPublished(
            String regimen, String timePoint, String measure, double target, double tolerance, String source) {
        JsonNode report = report("response?groupBy=FIRST_LINE_REGIMEN&ruleSet=NIH");
        JsonNode point = StreamSupport.stream(
                        group(report, regimen).get("timePoints").spliterator(), false)
                .filter(p -> p.get("timePoint").asText().equals(timePoint))
                .findFirst()
                .orElseThrow();
        double rate = measure.equals("orr")
                ? point.at("/orr/estimate").asDouble()
                : point.at("/crRate/estimate").asDouble();

        assertThat(point.get("evaluable").asInt()).as("evaluable patients").isGreaterThan(100);
        assertThat(rate).as(source).isCloseTo(target, within(tolerance));
    }

    /** Scheinberg et al. 2011: 3-year survival censored at transplant, 96% after horse and 76% after rabbit ATG. */
    @ParameterizedTest(name = "{0}: {1} ± {2}")
    @CsvSource({"HATG_CSA, 0.96, 0.06", "RATG_CSA, 0.76, 0.10"})
    void survivalAfterImmunosuppressionUnderSixtyComesOutAsPublished(String regimen, double target, double tolerance) {
        JsonNode report =
                report("survival?endpoint=OS_TRANSPLANT_CENSORED&groupBy=FIRST_LINE_REGIMEN&ageTo=59&times=1095");

        assertThat(threeYears(group(report, regimen))).isCloseTo(target, within(tolerance));
    }

    /** EBMT: about 90% of patients under 20 survive a matched sibling marrow transplant. */
    @Test
    void survivalAfterAMatchedSiblingTransplantUnderTwentyIsNearNinetyPercent() {
        JsonNode report = report("survival?origin=TRANSPLANT&firstLineRegimen=HSCT&donorType=MSD&ageTo=19&times=1095");

        assertThat(report.at("/cohort/n").asInt()).isGreaterThan(100);
        assertThat(threeYears(report.get("groups").get(0))).isCloseTo(0.90, within(0.06));
    }

    /** The severity mix the registry derives (docs/demo-cohort.md, "At diagnosis"); 2 points either way. */
    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource({"VSAA, 0.30", "SAA, 0.40", "NSAA, 0.25"})
    void theRegistryDerivesTheDocumentedSeverityMix(String severity, double share) {
        Reply list = api.get("api/v1/patients?size=1&severity=" + severity, Keycloak.token("investigator"));

        assertThat(list.json().get("total").asDouble() / PATIENTS).isCloseTo(share, within(0.03));
    }

    @Test
    void aCoordinatorSeesHundredsOfTheirOwnSitesPatientsAndNoOtherSites() {
        Reply list = api.get("api/v1/patients?size=200", Keycloak.token("coordinator-a"));

        assertThat(list.json().get("total").asInt()).isBetween(800, 1100);
        assertThat(list.json().get("items"))
                .extracting(patient -> patient.get("site").asText())
                .containsOnly("SITE-A");
        assertThat(list.json().get("items"))
                .extracting(patient -> patient.get("studyId").asText())
                .allMatch(studyId -> studyId.startsWith("DEMO1-"));
    }

    @Test
    void theDemoSitesAreFlagged() {
        JsonNode sites = api.get("api/v1/sites", Keycloak.token("investigator")).json();

        assertThat(sites)
                .filteredOn(site -> site.get("code").asText().startsWith("SITE-"))
                .hasSize(5)
                .allSatisfy(site -> assertThat(site.get("demo").asBoolean()).isTrue());
    }

    @Test
    void anExistingRegistryIsLeftAsItIs() {
        Reply reply = load("{\"seed\":9,\"patients\":10,\"onlyIfEmpty\":true}");

        assertThat(reply.status()).isEqualTo(409);
        assertThat(reply.json().get("detail").asText()).contains("left as it is");
        assertThat(patientsWithStudyIdPrefix("DEMO9-")).isZero();
    }

    @Test
    void loadingTheSamePatientsAgainWritesNothing() {
        Reply reply = load("{\"seed\":1,\"first\":100,\"patients\":50}");

        assertThat(reply.status()).isEqualTo(200);
        assertThat(reply.json().get("created").asInt()).isZero();
        assertThat(reply.json().get("alreadyThere").asInt()).isEqualTo(50);
        assertThat(api.get("api/v1/patients?size=1", Keycloak.token("investigator"))
                        .json()
                        .get("total")
                        .asInt())
                .isEqualTo(PATIENTS);
    }

    @Test
    void demoPatientsNeverGoToARealSite() {
        api.post("api/v1/sites", Keycloak.token("admin"), "{\"code\":\"REAL-1\",\"name\":\"A real hospital\"}");

        Reply reply = load("{\"seed\":2,\"patients\":5,\"site\":\"REAL-1\"}");

        assertThat(reply.status()).isEqualTo(409);
        assertThat(reply.json().get("detail").asText()).contains("real site");
        assertThat(patientsWithStudyIdPrefix("DEMO2-")).isZero();
    }

    @Test
    void onlyTheDemoLoaderLoadsAndItReadsNoRecord() {
        Reply byCoordinator =
                api.post("api/v1/demo-cohorts", Keycloak.token("coordinator-a"), "{\"seed\":3,\"patients\":1}");
        Reply byLoader = api.get("api/v1/patients", Keycloak.token("demo-loader"));

        assertThat(byCoordinator.status()).isEqualTo(403);
        assertThat(byLoader.status()).isEqualTo(403);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"seed -1, '{\"seed\":-1,\"patients\":1}', $.seed", "too many, '{\"patients\":100001}', $.patients"})
    void aRequestOutsideTheLimitsNamesTheField(String what, String body, String field) {
        Reply reply = load(body);

        assertThat(reply.status()).isEqualTo(422);
        assertThat(reply.json().get("errors"))
                .extracting(error -> error.get("field").asText())
                .contains(field);
    }

    /**
     * A demo patient's derived values are those the API derives: a change to the record (the same patient sent
     * back with a reason) makes the registry recompute responses, engraftment and the course summary, and nothing
     * moves.
     */
    @Test
    void derivedValuesAreWhatTheApiDerivesFromTheSameRecord() throws SQLException {
        String[] patient = aTransplantedPatientWithTwoLines();
        String id = patient[0];
        String coordinator = "coordinator-" + patient[1].substring(5).toLowerCase();
        String token = Keycloak.token(coordinator);
        String responses = api.get("api/v1/patients/" + id + "/responses?ruleSet=NIH", token)
                .body();
        String transplants =
                api.get("api/v1/patients/" + id + "/transplants", token).body();
        Reply record = api.get("api/v1/patients/" + id, token);

        Reply revised = api.send(
                "PUT",
                "api/v1/patients/" + id,
                token,
                "application/json",
                record.body().replaceFirst("\\{", "{\"reason\":\"re-saved unchanged\","),
                Map.of("If-Match", record.header("ETag")));

        assertThat(revised.status()).as(revised.body()).isEqualTo(200);
        assertThat(api.get("api/v1/patients/" + id + "/responses?ruleSet=NIH", token)
                        .body())
                .isEqualTo(responses);
        assertThat(api.get("api/v1/patients/" + id + "/transplants", token).body())
                .isEqualTo(transplants);
        assertThat(Database.courseSummaryDrift(DEMO_DB, null)).isZero();
    }

    @Test
    void theAuditTrailOfTheLoadIsIntact() throws SQLException {
        JsonNode verification =
                api.get("api/v1/audit/verify", Keycloak.token("auditor")).json();
        long created;
        try (Connection root = Database.asSuperuser(DEMO_DB)) {
            created = Long.parseLong(Database.value(
                    root,
                    "SELECT count(*) FROM change_history WHERE actor_username = 'demo-loader'"
                            + " AND entity = 'patient' AND operation = 'CREATE'"));
        }

        assertThat(verification.get("intact").asBoolean()).isTrue();
        assertThat(created).isEqualTo(PATIENTS);
    }

    private Reply load(String body) {
        return api.post("api/v1/demo-cohorts", Keycloak.token("demo-loader"), body);
    }

    private JsonNode report(String query) {
        Reply reply = api.send(
                "GET",
                "api/v1/reports/" + query,
                Keycloak.token("investigator"),
                null,
                null,
                Map.of("Accept", "application/json"));
        assertThat(reply.status()).as(reply.body()).isEqualTo(200);
        return reply.json();
    }

    private static JsonNode group(JsonNode report, String name) {
        return StreamSupport.stream(report.get("groups").spliterator(), false)
                .filter(g -> g.get("name").asText().equals(name))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no group " + name + " in " + report.get("groups")));
    }

    private static double threeYears(JsonNode group) {
        JsonNode landmark = group.get("landmarks").get(0);
        assertThat(landmark.get("time").asInt()).isEqualTo(1095);
        return landmark.get("survival").asDouble();
    }

    private static long patientsWithStudyIdPrefix(String prefix) {
        try (Connection root = Database.asSuperuser(DEMO_DB)) {
            return Long.parseLong(
                    Database.value(root, "SELECT count(*) FROM patient WHERE study_id LIKE '" + prefix + "%'"));
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** {id, site} of a demo patient with two treatment lines and a transplant. */
    private static String[] aTransplantedPatientWithTwoLines() throws SQLException {
        try (Connection root = Database.asSuperuser(DEMO_DB)) {
            String row = Database.value(
                    root,
                    "SELECT p.id || ' ' || p.site_code FROM patient p"
                            + " WHERE (SELECT count(*) FROM treatment_line l WHERE l.patient_id = p.id) >= 2"
                            + " AND EXISTS (SELECT 1 FROM transplant t WHERE t.patient_id = p.id)"
                            + " AND EXISTS (SELECT 1 FROM blood_count c WHERE c.patient_id = p.id)"
                            + " ORDER BY p.study_id LIMIT 1");
            return row.split(" ");
        }
    }
}
