package org.aaregistry.problem.boundary;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** What the API's JSON reader lets through, and how it says no to the rest. */
class StrictJsonReaderTest {

    private final StrictJsonReader reader = new StrictJsonReader();

    @Test
    void aWellFormedObjectIsReadAsIs() {
        JsonValue value = read(JsonObject.class, "{\"studyId\":\"SITEA-0001\",\"marrow\":{\"cellularityPercent\":10}}");
        assertThat(value.asJsonObject().getJsonObject("marrow").getInt("cellularityPercent"))
                .isEqualTo(10);
    }

    @Test
    void aKeyGivenTwiceIsRefusedAtAnyDepthInsteadOfTheLastOneWinning() {
        assertMalformed("{\"studyId\":\"A\",\"studyId\":\"B\"}", "key twice");
        assertMalformed("{\"marrow\":{\"cellularityPercent\":10,\"cellularityPercent\":90}}", "key twice");
        assertMalformed("[{\"a\":1,\"a\":2}]", "key twice");
    }

    @Test
    void contentAfterTheDocumentIsRefused() {
        assertMalformed("{\"studyId\":\"A\"} trailing", "after its JSON document");
        assertMalformed("{\"studyId\":\"A\"}{\"studyId\":\"B\"}", "after its JSON document");
        assertThat(read(JsonObject.class, "{\"studyId\":\"A\"}  \n ")
                        .asJsonObject()
                        .getString("studyId"))
                .isEqualTo("A");
    }

    @Test
    void nestingAtTheLimitIsReadAndOneLevelDeeperIsRefused() {
        String atLimit = "[".repeat(StrictJsonReader.MAX_DEPTH) + "]".repeat(StrictJsonReader.MAX_DEPTH);
        assertThat(read(JsonArray.class, atLimit)).isInstanceOf(JsonArray.class);
        int deeper = StrictJsonReader.MAX_DEPTH + 1;
        assertMalformed("[".repeat(deeper) + "]".repeat(deeper), "nests deeper than 32");
        assertMalformed("[".repeat(100_000) + "]".repeat(100_000), "nests deeper than 32");
    }

    @Test
    void numbersLongerThanAnyClinicalValueAreRefused() {
        String atLimit = "1" + "0".repeat(StrictJsonReader.MAX_NUMBER_LENGTH - 1);
        assertThat(read(JsonObject.class, "{\"n\":" + atLimit + "}")
                        .asJsonObject()
                        .getJsonNumber("n"))
                .isNotNull();
        assertMalformed("{\"birthYear\":1" + "0".repeat(5000) + "}", "number longer than 40");
    }

    @Test
    void theNulCharacterIsRefusedNamingEveryFieldThatHoldsIt() {
        assertThatThrownBy(() -> read(
                        JsonObject.class,
                        "{\"detail\":\"a\\u0000b\",\"marrow\":{\"note\":\"x\\u0000\"},\"list\":[\"ok\",\"\\u0000\"]}"))
                .isInstanceOfSatisfying(
                        InvalidRequest.class,
                        refusal -> assertThat(refusal.errors())
                                .extracting(Problem.InvalidField::field)
                                .containsExactlyInAnyOrder("$.detail", "$.marrow.note", "$.list[1]"));
    }

    @Test
    void anEmptyBodyOrTheWrongKindOfDocumentIsRefused() {
        assertMalformed("", "empty");
        assertMalformed("   ", "empty");
        assertThatThrownBy(() -> read(JsonObject.class, "[1,2]"))
                .isInstanceOf(Refusal.class)
                .hasMessageContaining("must be a JSON object");
        assertMalformed("{\"studyId\":}", "not valid JSON");
    }

    private void assertMalformed(String body, String detail) {
        assertThatThrownBy(() -> read(JsonValue.class, body))
                .isInstanceOfSatisfying(
                        Refusal.class, refusal -> assertThat(refusal.type()).isEqualTo(ProblemType.MALFORMED_REQUEST))
                .hasMessageContaining(detail);
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private JsonValue read(Class<? extends JsonValue> type, String body) {
        return reader.readFrom(
                (Class) type, type, null, null, null, new ByteArrayInputStream(body.getBytes(StandardCharsets.UTF_8)));
    }
}
