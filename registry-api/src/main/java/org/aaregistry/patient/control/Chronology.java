package org.aaregistry.patient.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.sql.Date;
import java.time.LocalDate;
import org.aaregistry.patient.entity.Patient;
import org.aaregistry.problem.control.JsonInput;

/**
 * The order of a patient's course, from the data dictionary: birth year ≤ diagnosis ≤ treatment starts ≤
 * assessments and events ≤ last contact; nothing after death. Checked whenever a dated record is written and
 * whenever the diagnosis or the follow-up of the patient moves.
 */
@ApplicationScoped
public class Chronology {

    /** The first dated treatment, transplant or event, and the last dated record of any kind. */
    public record Span(LocalDate firstTreatmentOrEvent, LocalDate lastRecord) {}

    @PersistenceContext(unitName = "registry")
    EntityManager em;

    /** A dated part of the record: after the diagnosis where it must be, never after the last contact or death. */
    public void checkWithin(JsonInput json, String path, LocalDate date, Patient patient, boolean followsDiagnosis) {
        if (date == null) {
            return;
        }
        if (followsDiagnosis && date.isBefore(patient.diagnosisDate())) {
            json.violation(path, "is before the diagnosis (" + patient.diagnosisDate() + ")");
        }
        LocalDate lastKnown = patient.lastKnownDate();
        if (lastKnown != null && date.isAfter(lastKnown)) {
            json.violation(
                    path,
                    "is after the patient's last contact or death (" + lastKnown
                            + "); record the newer follow-up first");
        }
    }

    /** A patient's new diagnosis and follow-up dates must still enclose the records already there. */
    public void checkRevision(JsonInput json, Patient patient, LocalDate diagnosis, LocalDate lastKnown) {
        Span span = span(patient);
        if (diagnosis != null
                && span.firstTreatmentOrEvent() != null
                && diagnosis.isAfter(span.firstTreatmentOrEvent())) {
            json.violation(
                    "$.diagnosisDate",
                    "is after a treatment, transplant or event already recorded (" + span.firstTreatmentOrEvent()
                            + ")");
        }
        if (lastKnown != null && span.lastRecord() != null && lastKnown.isBefore(span.lastRecord())) {
            json.violation("$.followUp.lastContactDate", "is before a record already dated " + span.lastRecord());
        }
    }

    public Span span(Patient patient) {
        Object[] dates = (Object[])
                em.createNativeQuery("""
                        SELECT min(d) FILTER (WHERE kind = 'course'), max(d) FROM (
                            SELECT start_date AS d, 'course' AS kind FROM treatment_line WHERE patient_id = ?1 AND NOT voided
                            UNION ALL SELECT coalesce(end_date, start_date), 'end' FROM treatment_line
                                WHERE patient_id = ?1 AND NOT voided
                            UNION ALL SELECT transplant_date, 'course' FROM transplant WHERE patient_id = ?1 AND NOT voided
                            UNION ALL SELECT event_date, 'course' FROM clinical_event WHERE patient_id = ?1 AND NOT voided
                            UNION ALL SELECT sample_date, 'count' FROM blood_count WHERE patient_id = ?1 AND NOT voided
                            UNION ALL SELECT sample_date, 'count' FROM chimerism WHERE patient_id = ?1 AND NOT voided
                        ) AS dated""").setParameter(1, patient.id()).getSingleResult();
        return new Span(date(dates[0]), date(dates[1]));
    }

    private static LocalDate date(Object value) {
        return switch (value) {
            case null -> null;
            case LocalDate date -> date;
            case Date date -> date.toLocalDate();
            default -> LocalDate.parse(value.toString());
        };
    }
}
