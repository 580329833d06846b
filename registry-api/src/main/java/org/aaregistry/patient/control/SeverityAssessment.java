package org.aaregistry.patient.control;

import java.util.List;
import java.util.Objects;
import org.aaregistry.patient.entity.Severity;
import org.aaregistry.patient.entity.SeverityRuleSet;

/**
 * A derived severity with its reasons.
 *
 * @param severity the category
 * @param ruleSet the reticulocyte rule set used
 * @param criteriaMet the criteria behind the category that are met, e.g. {@code "cellularity 10% < 25%"}
 * @param explanation one or two sentences for the clinician: what made the category, or what data was missing
 */
public record SeverityAssessment(
        Severity severity, SeverityRuleSet ruleSet, List<String> criteriaMet, String explanation) {

    public SeverityAssessment {
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(ruleSet, "ruleSet");
        criteriaMet = List.copyOf(criteriaMet);
        Objects.requireNonNull(explanation, "explanation");
    }
}
