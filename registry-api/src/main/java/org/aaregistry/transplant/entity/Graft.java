package org.aaregistry.transplant.entity;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Pattern;
import java.time.LocalDate;

/** What a coordinator records about a transplant. Dates not in the future; acute GVHD grade 0 to IV (MAGIC). */
public record Graft(
        @NotNull(message = "is required") @PastOrPresent(message = "must not be in the future")
        LocalDate transplantDate,

        @NotNull(message = "is required") DonorType donorType,

        @Pattern(regexp = "\\d{1,2}/\\d{1,2}", message = "must be matched/typed loci, e.g. 8/8 or 10/10")
        String hlaMatch,

        GraftSource graftSource,
        Conditioning conditioning,
        ConditioningIntensity conditioningIntensity,
        GvhdProphylaxis gvhdProphylaxis,

        @PastOrPresent(message = "must not be in the future")
        LocalDate neutrophilEngraftmentDate,

        @PastOrPresent(message = "must not be in the future")
        LocalDate plateletEngraftmentDate,

        GraftFailure graftFailure,

        @PastOrPresent(message = "must not be in the future")
        LocalDate graftFailureDate,

        @Min(value = 0, message = "must be a MAGIC grade 0 to 4")
        @Max(value = 4, message = "must be a MAGIC grade 0 to 4")
        Integer acuteGvhdGrade,

        @PastOrPresent(message = "must not be in the future")
        LocalDate acuteGvhdOnset,

        ChronicGvhd chronicGvhd,

        @PastOrPresent(message = "must not be in the future")
        LocalDate chronicGvhdOnset) {}
