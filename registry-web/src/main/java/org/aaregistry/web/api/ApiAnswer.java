package org.aaregistry.web.api;

import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonStructure;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

/** What the API answered: status, version, and the body as the templates read it, or the problem. */
public record ApiAnswer(int status, String etag, String contentType, String contentDisposition, byte[] body) {

    public boolean ok() {
        return status >= 200 && status < 300;
    }

    public JsonStructure json() {
        try (JsonReader reader = jakarta.json.Json.createReader(new StringReader(text()))) {
            return reader.read();
        }
    }

    public JsonObject object() {
        return json().asJsonObject();
    }

    /** The JSON object as a map, for a template. */
    @SuppressWarnings("unchecked")
    public Map<String, Object> data() {
        return (Map<String, Object>) Json.plain(json());
    }

    /** The JSON array as a list of maps, for a template. */
    @SuppressWarnings("unchecked")
    public List<Map<String, Object>> items() {
        return (List<Map<String, Object>>) Json.plain(json());
    }

    public String text() {
        return new String(body, StandardCharsets.UTF_8);
    }

    /** The version in the ETag, without quotes: what a form sends back as If-Match. */
    public String version() {
        return etag;
    }

    public ApiProblem problem() {
        boolean json = contentType != null && contentType.contains("json") && body.length > 0;
        return ApiProblem.of(status, json ? json() : null);
    }
}
