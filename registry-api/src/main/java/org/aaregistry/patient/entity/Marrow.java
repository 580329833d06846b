package org.aaregistry.patient.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.PastOrPresent;
import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * The diagnostic trephine biopsy: overall cellularity, and the share of the remaining cells that are
 * hematopoietic — the Camitta marrow criterion looks at both.
 */
@Embeddable
public record Marrow(
        @DecimalMin(value = "0", message = "must be a percentage from 0 to 100")
        @DecimalMax(value = "100", message = "must be a percentage from 0 to 100")
        @Column(name = "marrow_cellularity_percent")
        BigDecimal cellularityPercent,

        @DecimalMin(value = "0", message = "must be a percentage from 0 to 100")
        @DecimalMax(value = "100", message = "must be a percentage from 0 to 100")
        @Column(name = "marrow_residual_hematopoietic_percent")
        BigDecimal residualHematopoieticPercent,

        @PastOrPresent(message = "must not be in the future") @Column(name = "marrow_biopsy_date")
        LocalDate biopsyDate) {}
