package org.aaregistry.patient.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.PastOrPresent;
import java.math.BigDecimal;

/** The PNH clone by flow cytometry: the granulocyte clone size and when it was measured. */
@Embeddable
public record PnhClone(
        @DecimalMin(value = "0", message = "must be a percentage from 0 to 100")
        @DecimalMax(value = "100", message = "must be a percentage from 0 to 100")
        @Column(name = "pnh_clone_percent")
        BigDecimal percent,

        @PastOrPresent(message = "must not be in the future") @Column(name = "pnh_clone_date")
        java.time.LocalDate date) {

    /** A clone of at least 1% of granulocytes counts as present (data dictionary). */
    public static final BigDecimal PRESENT_FROM = BigDecimal.ONE;

    public Boolean present() {
        return percent == null ? null : percent.compareTo(PRESENT_FROM) >= 0;
    }
}
