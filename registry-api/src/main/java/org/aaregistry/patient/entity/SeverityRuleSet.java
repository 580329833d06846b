package org.aaregistry.patient.entity;

import java.util.Objects;

/**
 * The reticulocyte cut-off of the Camitta severe criteria, where published sources differ. Every derived
 * severity is stored with the rule set that produced it (data dictionary, "Severity").
 */
public enum SeverityRuleSet {
    /**
     * Default. Reticulocytes &lt; 20 ×10⁹/L manual, &lt; 60 ×10⁹/L automated: NIH trials (Townsley et al. NEJM 2017)
     * and the RACE trial (Peffault de Latour et al. NEJM 2022).
     */
    CAMITTA_60(20, 60),
    /** Reticulocytes &lt; 20 ×10⁹/L manual, &lt; 50 ×10⁹/L automated: EBMT review, Passweg &amp; Marsh 2010. */
    CAMITTA_50(20, 50);

    private final double manualCutoff;
    private final double automatedCutoff;

    SeverityRuleSet(double manualCutoff, double automatedCutoff) {
        this.manualCutoff = manualCutoff;
        this.automatedCutoff = automatedCutoff;
    }

    /** The rule set used when none is chosen. */
    public static SeverityRuleSet defaultRuleSet() {
        return CAMITTA_60;
    }

    /** Absolute reticulocytes ×10⁹/L below which the count is severe ("&lt;", strict). */
    public double reticulocyteCutoff(ReticulocyteMethod method) {
        return switch (Objects.requireNonNull(method, "method")) {
            case MANUAL -> manualCutoff;
            case AUTOMATED -> automatedCutoff;
        };
    }
}
