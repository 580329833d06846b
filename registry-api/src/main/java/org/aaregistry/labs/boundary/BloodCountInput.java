package org.aaregistry.labs.boundary;

import jakarta.json.JsonValue;
import org.aaregistry.labs.entity.BloodCount;
import org.aaregistry.patient.boundary.RecordChecks;
import org.aaregistry.patient.entity.Patient;
import org.aaregistry.problem.control.JsonInput;

/** A blood count as a client sends it; fields as in {@link BloodCountView}, {@code reason} on correction. */
public record BloodCountInput(JsonInput json, BloodCount.Values values, String reason) {

    private static final String[] REGISTRY_SET = {
        "id", "version", "voided", "voidReason", "createdAt", "createdBy", "updatedAt", "updatedBy"
    };

    public static BloodCountInput read(JsonValue body, boolean correction) {
        JsonInput json = JsonInput.of(body).ignoring(REGISTRY_SET);
        BloodCount.Values values = new BloodCount.Values(
                json.date("sampleDate", true),
                json.decimal("hemoglobin", false),
                json.decimal("anc", false),
                json.decimal("platelets", false),
                json.decimal("reticulocytes", false),
                flag(json, "rbcTransfused"),
                flag(json, "plateletsTransfused"),
                flag(json, "onGcsf"));
        if (values.empty()) {
            json.violation("$.hemoglobin", "a count needs at least one of hemoglobin, anc, platelets, reticulocytes");
        }
        return new BloodCountInput(json, values, correction ? json.text("reason", true, 500) : null);
    }

    /** The values after every rule, including the sample date within the patient's course; 422 otherwise. */
    public BloodCount.Values checkedFor(Patient patient, RecordChecks checks) {
        return checks.checked(
                json, values, patient, false, new RecordChecks.Dated("$.sampleDate", values.sampleDate()));
    }

    private static boolean flag(JsonInput json, String field) {
        return Boolean.TRUE.equals(json.bool(field, false));
    }
}
