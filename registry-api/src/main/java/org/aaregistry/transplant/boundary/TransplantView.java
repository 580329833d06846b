package org.aaregistry.transplant.boundary;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.aaregistry.transplant.entity.ChronicGvhd;
import org.aaregistry.transplant.entity.Conditioning;
import org.aaregistry.transplant.entity.ConditioningIntensity;
import org.aaregistry.transplant.entity.DonorType;
import org.aaregistry.transplant.entity.Graft;
import org.aaregistry.transplant.entity.GraftFailure;
import org.aaregistry.transplant.entity.GraftSource;
import org.aaregistry.transplant.entity.GvhdProphylaxis;
import org.aaregistry.transplant.entity.Transplant;

/** A transplant as the API shows it, with each engraftment date as entered, as derived, and the one that counts. */
public record TransplantView(
        UUID id,
        LocalDate transplantDate,
        DonorType donorType,
        String hlaMatch,
        GraftSource graftSource,
        Conditioning conditioning,
        ConditioningIntensity conditioningIntensity,
        GvhdProphylaxis gvhdProphylaxis,
        Engraftment neutrophilEngraftment,
        Engraftment plateletEngraftment,
        GraftFailure graftFailure,
        LocalDate graftFailureDate,
        Integer acuteGvhdGrade,
        LocalDate acuteGvhdOnset,
        ChronicGvhd chronicGvhd,
        LocalDate chronicGvhdOnset,
        long version,
        boolean voided,
        String voidReason,
        Instant createdAt,
        String createdBy,
        Instant updatedAt,
        String updatedBy) {

    /**
     * An engraftment date: derived from the counts (CIBMTR/ASTCT) when they show it, else as entered.
     *
     * @param source {@code DERIVED}, {@code ENTERED}, or {@code null} when not engrafted (yet)
     */
    public record Engraftment(LocalDate date, String source, LocalDate derived, LocalDate entered) {

        static Engraftment of(LocalDate derived, LocalDate entered) {
            if (derived != null) {
                return new Engraftment(derived, "DERIVED", derived, entered);
            }
            return new Engraftment(entered, entered == null ? null : "ENTERED", null, entered);
        }
    }

    static TransplantView of(Transplant transplant, boolean withFreeText) {
        Graft g = transplant.graft();
        return new TransplantView(
                transplant.id(),
                g.transplantDate(),
                g.donorType(),
                g.hlaMatch(),
                g.graftSource(),
                g.conditioning(),
                g.conditioningIntensity(),
                g.gvhdProphylaxis(),
                Engraftment.of(transplant.neutrophilEngraftmentDerived(), g.neutrophilEngraftmentDate()),
                Engraftment.of(transplant.plateletEngraftmentDerived(), g.plateletEngraftmentDate()),
                g.graftFailure(),
                g.graftFailureDate(),
                g.acuteGvhdGrade(),
                g.acuteGvhdOnset(),
                g.chronicGvhd(),
                g.chronicGvhdOnset(),
                transplant.version(),
                transplant.voided(),
                withFreeText ? transplant.voiding().voidReason() : null,
                transplant.stamp().createdAt(),
                transplant.stamp().createdBy(),
                transplant.stamp().updatedAt(),
                transplant.stamp().updatedBy());
    }
}
