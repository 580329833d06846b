package org.aaregistry.treatment.boundary;

import jakarta.json.JsonValue;
import org.aaregistry.patient.boundary.RecordChecks;
import org.aaregistry.patient.entity.Patient;
import org.aaregistry.problem.control.JsonInput;
import org.aaregistry.treatment.entity.Intent;
import org.aaregistry.treatment.entity.Regimen;
import org.aaregistry.treatment.entity.StopReason;
import org.aaregistry.treatment.entity.TreatmentLine;

/** A treatment line as a client sends it; the line number is the registry's and is ignored. */
public record TreatmentLineInput(JsonInput json, TreatmentLine.Plan plan, String reason) {

    private static final String[] REGISTRY_SET = {
        "id", "lineNumber", "version", "voided", "voidReason", "createdAt", "createdBy", "updatedAt", "updatedBy"
    };

    public static TreatmentLineInput read(JsonValue body, boolean revision) {
        JsonInput json = JsonInput.of(body).ignoring(REGISTRY_SET);
        TreatmentLine.Plan plan = new TreatmentLine.Plan(
                json.code("regimen", Regimen.class, true),
                json.text("regimenDetail", false, 200),
                json.date("startDate", true),
                json.date("endDate", false),
                json.code("intent", Intent.class, false),
                json.code("stopReason", StopReason.class, false));
        if (plan.regimen() == Regimen.OTHER && plan.regimenDetail() == null) {
            json.violation("$.regimenDetail", "is required for regimen OTHER: name the regimen");
        }
        if (plan.endDate() != null && plan.startDate() != null && plan.endDate().isBefore(plan.startDate())) {
            json.violation("$.endDate", "is before the start date");
        }
        if (plan.stopReason() != null && plan.endDate() == null) {
            json.violation("$.endDate", "is required when a stop reason is given");
        }
        return new TreatmentLineInput(json, plan, revision ? json.text("reason", true, 500) : null);
    }

    /** The plan after every rule of one line, including its dates within the patient's course. */
    public TreatmentLine.Plan checkedFor(Patient patient, RecordChecks checks) {
        return checks.checked(
                json,
                plan,
                patient,
                true,
                new RecordChecks.Dated("$.startDate", plan.startDate()),
                new RecordChecks.Dated("$.endDate", plan.endDate()));
    }
}
