package org.aaregistry.outcome.boundary;

import jakarta.json.JsonValue;
import java.util.Set;
import java.util.UUID;
import org.aaregistry.outcome.entity.ResponseCategory;
import org.aaregistry.outcome.entity.TimePoint;
import org.aaregistry.problem.control.JsonInput;

/**
 * A recorded response as a client sends it: the line (by id), the time point, CR, PR or NR, and a note saying
 * on what the judgement rests. {@link #finish()} answers 422 with every problem.
 */
public record RecordedResponseInput(
        JsonInput json, UUID treatmentLineId, TimePoint timePoint, ResponseCategory category, String note) {

    private static final Set<ResponseCategory> RECORDABLE =
            Set.of(ResponseCategory.CR, ResponseCategory.PR, ResponseCategory.NR);

    public static RecordedResponseInput read(JsonValue body) {
        JsonInput json = JsonInput.of(body);
        return new RecordedResponseInput(
                json,
                lineId(json),
                json.code("timePoint", TimePoint.class, true),
                category(json),
                json.text("note", true, 500));
    }

    public RecordedResponseInput finish() {
        json.finish();
        return this;
    }

    /** A person records CR, PR or NR; "not assessable" is the registry's own verdict on missing counts. */
    static ResponseCategory category(JsonInput json) {
        ResponseCategory category = json.code("category", ResponseCategory.class, true);
        if (category != null && !RECORDABLE.contains(category)) {
            json.invalid("category", "must be CR, PR or NR");
        }
        return category;
    }

    private static UUID lineId(JsonInput json) {
        String text = json.text("treatmentLineId", true, 36);
        try {
            return text == null ? null : UUID.fromString(text);
        } catch (IllegalArgumentException e) {
            json.invalid("treatmentLineId", "must be the id of one of the patient's treatment lines");
            return null;
        }
    }
}
