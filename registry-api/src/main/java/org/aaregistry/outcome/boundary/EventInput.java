package org.aaregistry.outcome.boundary;

import jakarta.json.JsonValue;
import java.time.LocalDate;
import java.util.function.Predicate;
import org.aaregistry.outcome.entity.ClinicalEvent;
import org.aaregistry.outcome.entity.ClonalEvolution;
import org.aaregistry.outcome.entity.EventType;
import org.aaregistry.patient.boundary.RecordChecks;
import org.aaregistry.patient.boundary.RecordChecks.Dated;
import org.aaregistry.patient.entity.Patient;
import org.aaregistry.problem.control.JsonInput;

/**
 * A clinical event as a client sends it. Clonal evolution names its kind and other events do not; second-line
 * therapy is derived, never recorded; a relapse follows a treatment.
 */
public record EventInput(JsonInput json, ClinicalEvent.Occurrence occurrence, String reason) {

    private static final String[] REGISTRY_SET = {"id", "derived", "version", "voided", "createdBy", "createdAt"};

    public static EventInput read(JsonValue body, boolean revision) {
        JsonInput json = JsonInput.of(body).ignoring(REGISTRY_SET);
        ClinicalEvent.Occurrence o = new ClinicalEvent.Occurrence(
                json.code("eventType", EventType.class, true),
                json.date("eventDate", true),
                json.code("subtype", ClonalEvolution.class, false),
                json.text("detail", false, 500));
        if (o.eventType() == EventType.SECOND_LINE_THERAPY) {
            json.invalid("eventType", "SECOND_LINE_THERAPY is derived from the treatment lines: record line 2 instead");
        }
        if (o.eventType() == EventType.CLONAL_EVOLUTION && o.subtype() == null) {
            json.invalid(
                    "subtype",
                    "is required for clonal evolution: MDS, AML, CYTOGENETIC_HIGH_RISK or CYTOGENETIC_OTHER");
        }
        if (o.eventType() != null && o.eventType() != EventType.CLONAL_EVOLUTION && o.subtype() != null) {
            json.invalid("subtype", "is only for clonal evolution");
        }
        return new EventInput(json, o, revision ? json.text("reason", true, 500) : null);
    }

    /**
     * The event after every rule, including its place in the patient's course.
     *
     * @param treatedBefore whether a treatment line of the patient starts before a date
     */
    public ClinicalEvent.Occurrence checkedFor(
            Patient patient, RecordChecks checks, Predicate<LocalDate> treatedBefore) {
        ClinicalEvent.Occurrence o = occurrence;
        if (o.eventType() == EventType.RELAPSE && o.eventDate() != null && !treatedBefore.test(o.eventDate())) {
            json.invalid(
                    "eventDate", "a relapse follows a response to treatment, but no treatment line starts before it");
        }
        return checks.checked(json, o, patient, true, new Dated("$.eventDate", o.eventDate()));
    }
}
