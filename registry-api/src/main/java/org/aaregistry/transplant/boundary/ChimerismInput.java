package org.aaregistry.transplant.boundary;

import jakarta.json.JsonValue;
import org.aaregistry.patient.boundary.RecordChecks;
import org.aaregistry.patient.boundary.RecordChecks.Dated;
import org.aaregistry.problem.control.JsonInput;
import org.aaregistry.transplant.entity.Chimerism;
import org.aaregistry.transplant.entity.Lineage;
import org.aaregistry.transplant.entity.Transplant;

/** A chimerism result as a client sends it; fields as in {@link ChimerismView}, {@code reason} on correction. */
public record ChimerismInput(JsonInput json, Chimerism.Result result, String reason) {

    private static final String[] REGISTRY_SET = {
        "id", "transplantId", "level", "version", "voided", "createdAt", "createdBy", "updatedAt", "updatedBy"
    };

    public static ChimerismInput read(JsonValue body, boolean correction) {
        JsonInput json = JsonInput.of(body).ignoring(REGISTRY_SET);
        String reason = correction ? json.text("reason", true, 500) : null;
        Chimerism.Result result = new Chimerism.Result(
                json.date("sampleDate", true),
                json.code("lineage", Lineage.class, true),
                json.decimal("donorPercent", true));
        return new ChimerismInput(json, result, reason);
    }

    /** The result after every rule: not before the transplant, within the patient's course; 422 otherwise. */
    public Chimerism.Result checkedFor(Transplant transplant, RecordChecks checks) {
        if (result.sampleDate() != null && result.sampleDate().isBefore(transplant.transplantDate())) {
            json.invalid("sampleDate", "is before the transplant (" + transplant.transplantDate() + ")");
        }
        return checks.checked(json, result, transplant.patient(), true, new Dated("$.sampleDate", result.sampleDate()));
    }
}
