package org.aaregistry.outcome.entity;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import org.aaregistry.patient.entity.PatientRecord;
import org.aaregistry.treatment.entity.TreatmentLine;

/**
 * A response recorded by a person — entered with a note saying on what it rests, or imported — for a line and
 * time point. Kept apart from the registry's derived response; the two are shown side by side.
 */
@Entity
@Table(name = "recorded_response")
public class RecordedResponse extends PatientRecord {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "treatment_line_id", nullable = false, updatable = false)
    private TreatmentLine treatmentLine;

    @Enumerated(EnumType.STRING)
    private TimePoint timePoint;

    @Enumerated(EnumType.STRING)
    private ResponseCategory category;

    @Enumerated(EnumType.STRING)
    private ResponseSource source;

    private String note;

    protected RecordedResponse() {}

    public RecordedResponse(
            TreatmentLine line,
            TimePoint timePoint,
            ResponseCategory category,
            ResponseSource source,
            String note,
            String createdBy) {
        super(line.patient(), createdBy);
        this.treatmentLine = line;
        this.timePoint = timePoint;
        this.category = category;
        this.source = source;
        this.note = note;
    }

    public void revise(ResponseCategory newCategory, String newNote, String changedBy) {
        this.category = newCategory;
        this.note = newNote;
        this.source = ResponseSource.ENTERED;
        changedBy(changedBy);
    }

    public TreatmentLine treatmentLine() {
        return treatmentLine;
    }

    public TimePoint timePoint() {
        return timePoint;
    }

    public ResponseCategory category() {
        return category;
    }

    public ResponseSource source() {
        return source;
    }

    public String note() {
        return note;
    }
}
