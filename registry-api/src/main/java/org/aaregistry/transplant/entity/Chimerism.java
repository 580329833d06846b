package org.aaregistry.transplant.entity;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.aaregistry.patient.entity.PatientRecord;

/** A donor chimerism result after a transplant: the share of donor cells in a lineage. */
@Entity
@Table(name = "chimerism")
public class Chimerism extends PatientRecord {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "transplant_id", nullable = false, updatable = false)
    private Transplant transplant;

    private LocalDate sampleDate;

    @Enumerated(EnumType.STRING)
    private Lineage lineage;

    private BigDecimal donorPercent;

    protected Chimerism() {}

    public Chimerism(Transplant transplant, Result result, String createdBy) {
        super(transplant.patient(), createdBy);
        this.transplant = transplant;
        apply(result);
    }

    /** One chimerism measurement as entered. */
    public record Result(
            @NotNull(message = "is required") @PastOrPresent(message = "must not be in the future")
            LocalDate sampleDate,

            @NotNull(message = "is required") Lineage lineage,

            @NotNull(message = "is required")
            @DecimalMin(value = "0", message = "must be a percentage from 0 to 100")
            @DecimalMax(value = "100", message = "must be a percentage from 0 to 100")
            BigDecimal donorPercent) {}

    public void correct(Result result, String changedBy) {
        apply(result);
        changedBy(changedBy);
    }

    private void apply(Result result) {
        this.sampleDate = result.sampleDate();
        this.lineage = result.lineage();
        this.donorPercent = result.donorPercent();
    }

    public Result result() {
        return new Result(sampleDate, lineage, donorPercent);
    }

    /** Full (≥ 95% donor), mixed (5–95%) or lost (< 5%). */
    public ChimerismLevel level() {
        return ChimerismLevel.of(donorPercent.doubleValue());
    }

    public Transplant transplant() {
        return transplant;
    }
}
