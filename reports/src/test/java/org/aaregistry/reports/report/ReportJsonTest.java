package org.aaregistry.reports.report;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.json.bind.JsonbConfig;
import java.io.StringReader;
import java.util.List;
import java.util.Map;
import org.aaregistry.reports.reference.ReferenceData;
import org.aaregistry.reports.survival.ConfidenceInterval;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

/**
 * The public JSON of the reports, as the API's JSON-B (Yasson, as in Payara Micro 7) writes the records: with
 * explicit nulls, the configuration of registry-api's {@code ReportJson}.
 */
class ReportJsonTest {
    private static final Jsonb JSONB = JsonbBuilder.create(new JsonbConfig().withNullValues(true));

    @AfterAll
    static void close() throws Exception {
        JSONB.close();
    }

    private static JsonObject json(Object report) {
        return Json.createReader(new StringReader(JSONB.toJson(report))).readObject();
    }

    private static SurvivalReport aml() {
        return SurvivalReports.build(
                ReferenceData.amlByMaintenance(),
                ConfidenceInterval.LOG,
                0.95,
                new double[] {12, 200},
                new double[] {0, 50},
                Map.of("site", "SITE-A"),
                "OS",
                "DIAGNOSIS",
                Fixtures.provenance());
    }

    @Test
    void survivalJsonHasTheAgreedShape() {
        JsonObject json = json(aml());

        assertThat(json.keySet())
                .containsExactlyInAnyOrder(
                        "cohort", "endpoint", "origin", "ci", "confidenceLevel", "groups", "logRank", "provenance");
        assertThat(json.getJsonObject("cohort").getInt("n")).isEqualTo(23);
        assertThat(json.getString("ci")).isEqualTo("LOG");
        JsonObject group = json.getJsonArray("groups").getJsonObject(0);
        assertThat(group.keySet())
                .containsExactlyInAnyOrder("name", "n", "events", "median", "landmarks", "atRisk", "curve");
        assertThat(group.getString("name")).isEqualTo("x=Maintained");
        assertThat(group.getJsonArray("atRisk").getJsonObject(0).keySet()).containsExactlyInAnyOrder("time", "n");
        assertThat(group.getJsonArray("curve").getJsonObject(0).keySet())
                .containsExactlyInAnyOrder(
                        "time", "atRisk", "events", "censored", "survival", "stdErr", "lower", "upper");
        assertThat(json.getJsonObject("logRank").keySet()).containsExactlyInAnyOrder("chiSquare", "df", "p");
    }

    @Test
    void missingValuesAreNullNotNaNNorLeftOut() {
        JsonObject group = json(aml()).getJsonArray("groups").getJsonObject(0);

        // median 31 (18, NA): the upper limit is null
        JsonObject median = group.getJsonObject("median");
        assertThat(median.keySet()).containsExactlyInAnyOrder("estimate", "lower", "upper");
        assertThat(median.getJsonNumber("estimate").doubleValue()).isEqualTo(31);
        assertThat(median.isNull("upper")).isTrue();
        // 200 weeks is after the last follow-up: every value but the time is null
        JsonObject late = group.getJsonArray("landmarks").getJsonObject(1);
        assertThat(late.keySet()).containsExactlyInAnyOrder("time", "survival", "stdErr", "lower", "upper");
        assertThat(List.of("survival", "stdErr", "lower", "upper"))
                .allSatisfy(key -> assertThat(late.isNull(key)).isTrue());
        assertThat(JSONB.toJson(aml())).doesNotContain("NaN");
    }

    @Test
    void oneGroupHasNoLogRank() {
        SurvivalReport report = SurvivalReports.build(
                ReferenceData.aml(),
                ConfidenceInterval.LOG,
                0.95,
                new double[0],
                new double[0],
                Map.of(),
                "OS",
                "DIAGNOSIS",
                Fixtures.provenance());

        assertThat(json(report).isNull("logRank")).isTrue();
    }

    @Test
    void responseJsonNamesRatesWithTheirIntervals() {
        ResponseReport report = ResponseReports.build(
                List.of("A"),
                new int[] {0, 0},
                new byte[][] {{3, 2}, {3, 1}, {0, 0}, {3, 2}},
                Map.of(),
                "NIH",
                Fixtures.provenance());

        JsonObject point = json(report)
                .getJsonArray("groups")
                .getJsonObject(0)
                .getJsonArray("timePoints")
                .getJsonObject(0);

        assertThat(point.keySet())
                .containsExactlyInAnyOrder(
                        "timePoint", "n", "evaluable", "cr", "pr", "nr", "notAssessable", "orr", "crRate");
        assertThat(point.getJsonObject("orr").keySet()).containsExactlyInAnyOrder("estimate", "lower", "upper");
    }

    @Test
    void provenanceCarriesTheCutOffAndGenerationTime() {
        JsonObject provenance = json(aml()).getJsonObject("provenance");

        assertThat(provenance.getString("dataCutOff")).isEqualTo("2025-03-31");
        assertThat(provenance.getString("generatedAt")).startsWith("2025-04-02T09:15");
        assertThat(provenance.getString("generatedBy")).isEqualTo("investigator.alice");
        assertThat(provenance.isNull("responseRuleSet")).isTrue();
    }
}
