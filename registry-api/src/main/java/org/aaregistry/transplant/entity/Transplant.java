package org.aaregistry.transplant.entity;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.util.Objects;
import org.aaregistry.patient.entity.Patient;
import org.aaregistry.patient.entity.PatientRecord;

/**
 * A transplant of a patient. Engraftment is known two ways: entered by the coordinator, and derived by the
 * registry from the post-transplant counts (CIBMTR/ASTCT definitions); the derived date wins where counts
 * are recorded, and both stay visible.
 */
@Entity
@Table(name = "transplant")
public class Transplant extends PatientRecord {

    private LocalDate transplantDate;

    @Enumerated(EnumType.STRING)
    private DonorType donorType;

    private String hlaMatch;

    @Enumerated(EnumType.STRING)
    private GraftSource graftSource;

    @Enumerated(EnumType.STRING)
    private Conditioning conditioning;

    @Enumerated(EnumType.STRING)
    private ConditioningIntensity conditioningIntensity;

    @Enumerated(EnumType.STRING)
    private GvhdProphylaxis gvhdProphylaxis;

    private LocalDate neutrophilEngraftmentDate;

    private LocalDate plateletEngraftmentDate;

    private LocalDate neutrophilEngraftmentDerived;

    private LocalDate plateletEngraftmentDerived;

    @Enumerated(EnumType.STRING)
    private GraftFailure graftFailure;

    private LocalDate graftFailureDate;

    private Integer acuteGvhdGrade;

    private LocalDate acuteGvhdOnset;

    @Enumerated(EnumType.STRING)
    private ChronicGvhd chronicGvhd;

    private LocalDate chronicGvhdOnset;

    protected Transplant() {}

    public Transplant(Patient patient, Graft graft, String createdBy) {
        super(patient, createdBy);
        apply(graft);
    }

    public void revise(Graft graft, String changedBy) {
        apply(graft);
        changedBy(changedBy);
    }

    /** Sets the engraftment dates derived from the counts; returns whether anything changed. */
    public boolean engraftedFromCounts(LocalDate neutrophil, LocalDate platelet) {
        if (Objects.equals(neutrophil, neutrophilEngraftmentDerived)
                && Objects.equals(platelet, plateletEngraftmentDerived)) {
            return false;
        }
        this.neutrophilEngraftmentDerived = neutrophil;
        this.plateletEngraftmentDerived = platelet;
        return true;
    }

    private void apply(Graft graft) {
        this.transplantDate = graft.transplantDate();
        this.donorType = graft.donorType();
        this.hlaMatch = graft.hlaMatch();
        this.graftSource = graft.graftSource();
        this.conditioning = graft.conditioning();
        this.conditioningIntensity = graft.conditioningIntensity();
        this.gvhdProphylaxis = graft.gvhdProphylaxis();
        this.neutrophilEngraftmentDate = graft.neutrophilEngraftmentDate();
        this.plateletEngraftmentDate = graft.plateletEngraftmentDate();
        this.graftFailure = graft.graftFailure() == null ? GraftFailure.NONE : graft.graftFailure();
        this.graftFailureDate = graft.graftFailureDate();
        this.acuteGvhdGrade = graft.acuteGvhdGrade();
        this.acuteGvhdOnset = graft.acuteGvhdOnset();
        this.chronicGvhd = graft.chronicGvhd();
        this.chronicGvhdOnset = graft.chronicGvhdOnset();
    }

    public Graft graft() {
        return new Graft(
                transplantDate,
                donorType,
                hlaMatch,
                graftSource,
                conditioning,
                conditioningIntensity,
                gvhdProphylaxis,
                neutrophilEngraftmentDate,
                plateletEngraftmentDate,
                graftFailure,
                graftFailureDate,
                acuteGvhdGrade,
                acuteGvhdOnset,
                chronicGvhd,
                chronicGvhdOnset);
    }

    public LocalDate transplantDate() {
        return transplantDate;
    }

    public LocalDate neutrophilEngraftmentDerived() {
        return neutrophilEngraftmentDerived;
    }

    public LocalDate plateletEngraftmentDerived() {
        return plateletEngraftmentDerived;
    }
}
