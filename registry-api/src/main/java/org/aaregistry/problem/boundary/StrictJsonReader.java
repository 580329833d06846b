package org.aaregistry.problem.boundary;

import jakarta.annotation.Priority;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.json.stream.JsonParser;
import jakarta.json.stream.JsonParserFactory;
import jakarta.json.stream.JsonParsingException;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.ext.MessageBodyReader;
import jakarta.ws.rs.ext.Provider;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.lang.annotation.Annotation;
import java.lang.reflect.Type;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Reads every JSON body the API takes, and refuses what a lenient parser would let through or fail on
 * internally: a key given twice in one object (at any depth; a lenient reader keeps the last, so a field could
 * be smuggled past a reviewer's eye), content after the document, nesting deeper than any request of this API
 * needs, numbers longer than any clinical value, and the character U+0000, which PostgreSQL cannot store in text.
 * Each is a 400 (or, for U+0000, a 422 naming every field that holds it) instead of a 500 from the parser's
 * limits, or a value quietly changed.
 */
@Provider
@Priority(Priorities.USER - 1000) // before the JSON-P reader the server brings, which reads the same types leniently
@Consumes({MediaType.APPLICATION_JSON, "application/*+json"})
public class StrictJsonReader implements MessageBodyReader<JsonValue> {

    /** No request body of the API nests deeper than 4; 32 leaves room and stops a parser-exhausting body. */
    static final int MAX_DEPTH = 32;

    /** Characters of a number: a count, a date's year, a percentage; 40 is far beyond any of them. */
    static final int MAX_NUMBER_LENGTH = 40;

    private static final JsonParserFactory PARSERS = Json.createParserFactory(Map.of(
            "org.eclipse.parsson.rejectDuplicateKeys",
            true,
            // Parsson refuses a document whose depth reaches its limit: one more lets MAX_DEPTH levels through
            "org.eclipse.parsson.maxDepth",
            MAX_DEPTH + 1,
            "org.eclipse.parsson.maxBigDecimalLength",
            MAX_NUMBER_LENGTH));

    @Override
    public boolean isReadable(Class<?> type, Type generic, Annotation[] annotations, MediaType media) {
        return JsonValue.class.isAssignableFrom(type);
    }

    @Override
    public JsonValue readFrom(
            Class<JsonValue> type,
            Type generic,
            Annotation[] annotations,
            MediaType media,
            MultivaluedMap<String, String> headers,
            InputStream body) {
        JsonValue value = parse(body);
        if (!type.isInstance(value)) {
            throw malformed(
                    JsonObject.class.isAssignableFrom(type)
                            ? "The body must be a JSON object"
                            : JsonArray.class.isAssignableFrom(type)
                                    ? "The body must be a JSON array"
                                    : "The body is not the JSON expected");
        }
        List<Problem.InvalidField> unstorable = new ArrayList<>();
        findNul(value, "$", unstorable);
        if (!unstorable.isEmpty()) {
            throw new InvalidRequest(unstorable);
        }
        return value;
    }

    static JsonValue parse(InputStream body) {
        byte[] bytes = readAll(body);
        if (new String(bytes, StandardCharsets.UTF_8).isBlank()) {
            throw malformed("The body is empty; a JSON document is expected");
        }
        JsonValue value;
        boolean trailing;
        try (JsonParser parser = PARSERS.createParser(new ByteArrayInputStream(bytes), StandardCharsets.UTF_8)) {
            parser.next();
            value = parser.getValue();
            trailing = hasMore(parser);
        } catch (RuntimeException broken) {
            // a syntax error, or one of the parser's own limits (nesting, number length, a key twice)
            throw malformed(described(broken));
        }
        if (trailing) {
            throw malformed("The body has content after its JSON document");
        }
        return value;
    }

    /** The body, already capped by {@link BodySizeLimit}. */
    private static byte[] readAll(InputStream body) {
        try {
            return body.readAllBytes();
        } catch (IOException unreadable) {
            throw malformed("The body could not be read");
        }
    }

    private static boolean hasMore(JsonParser parser) {
        try {
            return parser.hasNext();
        } catch (JsonParsingException trailing) {
            return true;
        }
    }

    private static String described(RuntimeException failure) {
        String message = failure.getMessage() == null ? "" : failure.getMessage();
        if (message.contains("nested")) {
            return "The body nests deeper than " + MAX_DEPTH + " levels";
        }
        if (message.contains("BigDecimal") || message.contains("BigInteger") || message.contains("scale")) {
            return "The body holds a number longer than " + MAX_NUMBER_LENGTH + " characters";
        }
        if (message.toLowerCase().contains("duplicate")) {
            return "The body gives a key twice in one object: " + duplicateKey(message);
        }
        if (failure instanceof JsonParsingException parsing && parsing.getLocation() != null) {
            return "The body is not valid JSON (line " + parsing.getLocation().getLineNumber() + ", column "
                    + parsing.getLocation().getColumnNumber() + ")";
        }
        return "The body is not valid JSON";
    }

    /** The key Parsson names in its message ("Duplicate key 'x' is not allowed"), without the rest of it. */
    private static String duplicateKey(String message) {
        int open = message.indexOf('\'');
        int close = open < 0 ? -1 : message.indexOf('\'', open + 1);
        return close > open ? message.substring(open + 1, close) : "see the body";
    }

    private static void findNul(JsonValue value, String path, List<Problem.InvalidField> found) {
        switch (value.getValueType()) {
            case STRING -> {
                if (((JsonString) value).getString().indexOf('\u0000') >= 0) {
                    found.add(new Problem.InvalidField(path, "contains the character U+0000, which cannot be stored"));
                }
            }
            case OBJECT ->
                value.asJsonObject().forEach((key, member) -> {
                    if (key.indexOf('\u0000') >= 0) {
                        found.add(new Problem.InvalidField(
                                path, "has a key containing the character U+0000, which cannot be stored"));
                    } else {
                        findNul(member, path + "." + key, found);
                    }
                });
            case ARRAY -> {
                JsonArray array = value.asJsonArray();
                for (int i = 0; i < array.size(); i++) {
                    findNul(array.get(i), path + "[" + i + "]", found);
                }
            }
            default -> {}
        }
    }

    private static Refusal malformed(String detail) {
        return new Refusal(ProblemType.MALFORMED_REQUEST, detail);
    }
}
