package org.aaregistry.patient.entity;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;

/**
 * What a coordinator records about a patient at diagnosis and follow-up: everything of the patient record
 * except the study id, the site and what the registry derives. Field names are the JSON field names, so a
 * Bean Validation path is the JSON path of the offending field.
 */
public record PatientFacts(
        @NotNull(message = "is required") Sex sex,

        @NotNull(message = "is required")
        @Min(value = 1900, message = "must be 1900 or later")
        @Max(value = 2200, message = "is not plausible")
        Integer birthYear,

        @NotNull(message = "is required") @PastOrPresent(message = "must not be in the future")
        LocalDate diagnosisDate,

        @NotNull(message = "is required") Cause cause,
        @Size(max = 500) String causeDetail,
        @Valid InheritedScreen inheritedScreen,
        @Valid PnhClone pnhClone,
        @Valid CytogeneticsResult cytogenetics,
        @Valid Marrow marrow,
        @Valid BaselineCounts baselineCounts,
        @NotNull(message = "is required") @Valid FollowUp followUp) {}
