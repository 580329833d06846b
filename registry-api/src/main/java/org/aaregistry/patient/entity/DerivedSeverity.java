package org.aaregistry.patient.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.util.Arrays;
import java.util.List;

/**
 * Severity as the registry derived it, stored with the rule set and the criteria it found met, so that a
 * report can say how every patient was classified. Recomputed whenever the marrow or baseline counts change.
 */
@Embeddable
public record DerivedSeverity(
        @Enumerated(EnumType.STRING) @Column(name = "severity", nullable = false)
        Severity category,

        @Enumerated(EnumType.STRING) @Column(name = "severity_rule_set", nullable = false)
        SeverityRuleSet ruleSet,

        @Column(name = "severity_criteria", nullable = false)
        String criteria,

        @Column(name = "severity_explanation", nullable = false)
        String explanation) {

    static DerivedSeverity of(org.aaregistry.patient.control.SeverityAssessment assessment) {
        return new DerivedSeverity(
                assessment.severity(),
                assessment.ruleSet(),
                String.join("\n", assessment.criteriaMet()),
                assessment.explanation());
    }

    public List<String> criteriaMet() {
        return criteria == null || criteria.isEmpty() ? List.of() : Arrays.asList(criteria.split("\n"));
    }
}
