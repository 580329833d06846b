package org.aaregistry.patient.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.validation.constraints.PastOrPresent;
import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * Pre-treatment blood counts, from which (with the marrow) severity is derived. Units: hemoglobin g/L, the
 * others x10^9/L; the reticulocyte method matters because the severe cut-off differs between manual and
 * automated counts. Plausible ranges from the data dictionary; values outside are refused.
 */
@Embeddable
public record BaselineCounts(
        @PlausibleHemoglobin @Column(name = "baseline_hemoglobin")
        BigDecimal hemoglobin,

        @PlausibleNeutrophils @Column(name = "baseline_anc") BigDecimal anc,

        @PlausiblePlatelets @Column(name = "baseline_platelets")
        BigDecimal platelets,

        @PlausibleReticulocytes @Column(name = "baseline_reticulocytes")
        BigDecimal reticulocytes,

        @Enumerated(EnumType.STRING) @Column(name = "baseline_reticulocyte_method")
        ReticulocyteMethod reticulocyteMethod,

        @PastOrPresent(message = "must not be in the future") @Column(name = "baseline_count_date")
        LocalDate date,

        @Column(name = "baseline_on_gcsf") Boolean onGcsf,
        @Column(name = "baseline_rbc_transfusion_dependent") Boolean rbcTransfusionDependent,

        @Column(name = "baseline_platelet_transfusion_dependent")
        Boolean plateletTransfusionDependent) {

    public boolean transfusionDependent() {
        return Boolean.TRUE.equals(rbcTransfusionDependent) || Boolean.TRUE.equals(plateletTransfusionDependent);
    }
}
