package org.aaregistry.outcome.control;

import java.time.LocalDate;
import java.util.Objects;
import org.aaregistry.labs.control.CountSample;
import org.aaregistry.patient.entity.Severity;
import org.aaregistry.patient.entity.SeverityRuleSet;

/**
 * What the response rules need to know about the patient and the treatment line.
 *
 * @param lineStart start of the treatment line; required
 * @param sex {@code "M"}, {@code "F"} or {@code "U"}; the BSH normal hemoglobin depends on it
 * @param baselineSeverity severity before the line; the BSH partial response depends on it
 * @param baseline pre-treatment counts, or null; the BSH partial response after NSAA compares with them
 * @param transfusionDependentBefore red cell or platelet transfusion dependent before the line
 * @param firstTransplantAfterStart the first transplant after the line started, or null
 * @param severityRuleSet reticulocyte cut-off for "meets the SAA blood criteria"; null means the default
 */
public record ResponseContext(
        LocalDate lineStart,
        String sex,
        Severity baselineSeverity,
        CountSample baseline,
        boolean transfusionDependentBefore,
        LocalDate firstTransplantAfterStart,
        SeverityRuleSet severityRuleSet) {

    public ResponseContext {
        Objects.requireNonNull(lineStart, "lineStart");
        severityRuleSet = severityRuleSet == null ? SeverityRuleSet.defaultRuleSet() : severityRuleSet;
    }
}
