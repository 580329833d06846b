package org.aaregistry.audit.boundary;

import jakarta.json.JsonValue;
import org.aaregistry.problem.control.JsonInput;

/** The body of a void ({@code DELETE}): {@code {"reason": "..."}}; a void without a reason is refused (422). */
public final class VoidRequest {

    private VoidRequest() {}

    public static String reason(JsonValue body) {
        JsonInput json = JsonInput.of(body == null ? JsonValue.EMPTY_JSON_OBJECT : body);
        String reason = json.text("reason", true, 500);
        json.finish();
        return reason;
    }
}
