package org.aaregistry.outcome.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.aaregistry.patient.entity.Patient;
import org.aaregistry.patient.entity.PatientRecord;

/** A clinical event of a patient's course. */
@Entity
@Table(name = "clinical_event")
public class ClinicalEvent extends PatientRecord {

    @Enumerated(EnumType.STRING)
    private EventType eventType;

    private LocalDate eventDate;

    @Enumerated(EnumType.STRING)
    @Column(name = "subtype")
    private ClonalEvolution subtype;

    private String detail;

    protected ClinicalEvent() {}

    public ClinicalEvent(Patient patient, Occurrence occurrence, String createdBy) {
        super(patient, createdBy);
        apply(occurrence);
    }

    /** What happened, when, and (for clonal evolution) into what. */
    public record Occurrence(
            @NotNull(message = "is required") EventType eventType,

            @NotNull(message = "is required") @PastOrPresent(message = "must not be in the future")
            LocalDate eventDate,

            ClonalEvolution subtype,
            @Size(max = 500) String detail) {}

    public void revise(Occurrence occurrence, String changedBy) {
        apply(occurrence);
        changedBy(changedBy);
    }

    private void apply(Occurrence occurrence) {
        this.eventType = occurrence.eventType();
        this.eventDate = occurrence.eventDate();
        this.subtype = occurrence.subtype();
        this.detail = occurrence.detail();
    }

    public Occurrence occurrence() {
        return new Occurrence(eventType, eventDate, subtype, detail);
    }
}
