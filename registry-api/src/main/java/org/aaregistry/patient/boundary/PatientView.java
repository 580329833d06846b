package org.aaregistry.patient.boundary;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.aaregistry.patient.entity.BaselineCounts;
import org.aaregistry.patient.entity.Cause;
import org.aaregistry.patient.entity.CytogeneticsResult;
import org.aaregistry.patient.entity.FollowUp;
import org.aaregistry.patient.entity.InheritedScreen;
import org.aaregistry.patient.entity.Marrow;
import org.aaregistry.patient.entity.Patient;
import org.aaregistry.patient.entity.Severity;
import org.aaregistry.patient.entity.SeverityRuleSet;
import org.aaregistry.patient.entity.Sex;

/**
 * A patient's record as the API shows it. For investigators the free-text fields (cause detail, genetic panel
 * result, karyotype), which could identify a patient, are left out.
 */
public record PatientView(
        UUID id,
        String studyId,
        String site,
        Sex sex,
        int birthYear,
        int ageAtDiagnosis,
        LocalDate diagnosisDate,
        Cause cause,
        String causeDetail,
        InheritedScreen inheritedScreen,
        PnhCloneView pnhClone,
        CytogeneticsResult cytogenetics,
        Marrow marrow,
        BaselineCounts baselineCounts,
        SeverityView severity,
        FollowUp followUp,
        long version,
        boolean voided,
        String voidReason,
        Instant createdAt,
        String createdBy,
        Instant updatedAt,
        String updatedBy) {

    /** The PNH clone with whether it counts as present (≥ 1% of granulocytes). */
    public record PnhCloneView(java.math.BigDecimal percent, LocalDate date, Boolean present) {}

    /** The derived severity with the rule set and the criteria found met. */
    public record SeverityView(
            Severity category, SeverityRuleSet ruleSet, List<String> criteriaMet, String explanation) {}

    static PatientView of(Patient patient, boolean withFreeText) {
        var facts = patient.facts();
        var severity = patient.severity();
        InheritedScreen screen = facts.inheritedScreen();
        CytogeneticsResult cytogenetics = facts.cytogenetics();
        if (!withFreeText) {
            screen = screen == null
                    ? null
                    : new InheritedScreen(
                            screen.breakageTest(), screen.telomereLengthPercentile(), screen.geneticPanel(), null);
            cytogenetics = cytogenetics == null ? null : new CytogeneticsResult(cytogenetics.result(), null);
        }
        return new PatientView(
                patient.id(),
                patient.studyId(),
                patient.siteCode(),
                facts.sex(),
                facts.birthYear(),
                patient.ageAtDiagnosis(),
                facts.diagnosisDate(),
                facts.cause(),
                withFreeText ? facts.causeDetail() : null,
                screen,
                facts.pnhClone() == null
                        ? null
                        : new PnhCloneView(
                                facts.pnhClone().percent(),
                                facts.pnhClone().date(),
                                facts.pnhClone().present()),
                cytogenetics,
                facts.marrow(),
                facts.baselineCounts(),
                new SeverityView(
                        severity.category(), severity.ruleSet(), severity.criteriaMet(), severity.explanation()),
                facts.followUp(),
                patient.version(),
                patient.voided(),
                withFreeText ? patient.voiding().voidReason() : null,
                patient.stamp().createdAt(),
                patient.stamp().createdBy(),
                patient.stamp().updatedAt(),
                patient.stamp().updatedBy());
    }
}
