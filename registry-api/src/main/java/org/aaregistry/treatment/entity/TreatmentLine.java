package org.aaregistry.treatment.entity;

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

/** One line of treatment. Its number is the registry's: lines are numbered in order of their start. */
@Entity
@Table(name = "treatment_line")
public class TreatmentLine extends PatientRecord {

    private int lineNumber;

    @Enumerated(EnumType.STRING)
    private Regimen regimen;

    private String regimenDetail;

    private LocalDate startDate;

    private LocalDate endDate;

    @Enumerated(EnumType.STRING)
    private Intent intent;

    @Enumerated(EnumType.STRING)
    private StopReason stopReason;

    protected TreatmentLine() {}

    public TreatmentLine(Patient patient, Plan plan, String createdBy) {
        super(patient, createdBy);
        this.lineNumber = 1;
        apply(plan);
    }

    /** What a coordinator records about a line. */
    public record Plan(
            @NotNull(message = "is required") Regimen regimen,
            @Size(max = 200) String regimenDetail,

            @NotNull(message = "is required") @PastOrPresent(message = "must not be in the future")
            LocalDate startDate,

            @PastOrPresent(message = "must not be in the future")
            LocalDate endDate,

            Intent intent,
            StopReason stopReason) {}

    public void revise(Plan plan, String changedBy) {
        apply(plan);
        changedBy(changedBy);
    }

    /** Set by the registry when the lines of a patient are (re)numbered in order of their start. */
    public void numberAs(int number) {
        this.lineNumber = number;
    }

    private void apply(Plan plan) {
        this.regimen = plan.regimen();
        this.regimenDetail = plan.regimenDetail();
        this.startDate = plan.startDate();
        this.endDate = plan.endDate();
        this.intent = plan.intent();
        this.stopReason = plan.stopReason();
    }

    public Plan plan() {
        return new Plan(regimen, regimenDetail, startDate, endDate, intent, stopReason);
    }

    public int lineNumber() {
        return lineNumber;
    }

    public Regimen regimen() {
        return regimen;
    }

    public LocalDate startDate() {
        return startDate;
    }
}
