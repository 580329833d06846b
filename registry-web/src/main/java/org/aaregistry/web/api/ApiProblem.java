package org.aaregistry.web.api;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * An RFC 9457 problem the API answered, as a person should read it: a plain sentence for the status, the API's own
 * detail, and the messages of the fields it named, by form-field name ({@code $.marrow.cellularityPercent} becomes
 * {@code marrow.cellularityPercent}). Never a stack trace or raw JSON.
 */
public record ApiProblem(
        int status, String sentence, String detail, Map<String, List<String>> fields, String requestId) {

    static ApiProblem of(int status, JsonValue body) {
        JsonObject json =
                body != null && body.getValueType() == JsonValue.ValueType.OBJECT ? body.asJsonObject() : null;
        String detail = json == null ? null : json.getString("detail", json.getString("title", null));
        Map<String, List<String>> fields = new LinkedHashMap<>();
        if (json != null
                && json.containsKey("errors")
                && json.get("errors").getValueType() == JsonValue.ValueType.ARRAY) {
            for (JsonValue error : json.getJsonArray("errors")) {
                if (error.getValueType() == JsonValue.ValueType.OBJECT) {
                    JsonObject e = error.asJsonObject();
                    fields.computeIfAbsent(fieldName(e.getString("field", "$")), k -> new ArrayList<>())
                            .add(e.getString("message", "is not valid"));
                }
            }
        }
        return new ApiProblem(
                status, sentence(status), detail, fields, json == null ? null : json.getString("requestId", null));
    }

    static ApiProblem unavailable() {
        return new ApiProblem(503, sentence(503), null, Map.of(), null);
    }

    /** {@code $.a.b} to {@code a.b}; {@code $} (the whole request) to the empty name. */
    public static String fieldName(String jsonPath) {
        return jsonPath.startsWith("$.") ? jsonPath.substring(2) : jsonPath.equals("$") ? "" : jsonPath;
    }

    /** What happened, in words a coordinator understands, for each status the API answers. */
    static String sentence(int status) {
        return switch (status) {
            case 400 -> "The registry could not read this request.";
            case 401 -> "Your sign-in has ended. Sign in again; what you typed is kept in this browser tab.";
            case 403 -> "You are not allowed to do this: your role or your sites do not cover it.";
            case 404 -> "This record does not exist, or it is not one of your sites' records.";
            case 406, 415 -> "The registry cannot answer in this format.";
            case 409 -> "This conflicts with what the registry holds.";
            case 412 -> "Someone else changed this record since you opened it. Nothing was saved.";
            case 413 -> "The file is too large for the registry.";
            case 422 -> "Some values need correcting; nothing was saved. See the messages beside the fields.";
            case 428 -> "The registry needs to know which version you changed; reload the record and try again.";
            case 502, 503, 504 ->
                "The registry cannot be reached at the moment; nothing was saved. Try again in a minute.";
            default -> "Something went wrong in the registry; nothing was saved.";
        };
    }

    /** Every message, each with the field it names. */
    public List<String> messages() {
        return messagesOutside(java.util.Set.of());
    }

    /** Messages for the fields a form does not show (or the request as a whole). */
    public List<String> messagesOutside(java.util.Collection<String> shownFields) {
        return fields.entrySet().stream()
                .filter(e -> !shownFields.contains(e.getKey()))
                .flatMap(e -> e.getValue().stream().map(m -> (e.getKey().isEmpty() ? "" : e.getKey() + " ") + m))
                .toList();
    }
}
