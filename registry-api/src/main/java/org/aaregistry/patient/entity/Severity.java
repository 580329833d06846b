package org.aaregistry.patient.entity;

/**
 * Severity of aplastic anemia by the Camitta criteria (BSH guideline, Killick et al. 2016), or the honest
 * statement that the data does not meet them or does not allow a decision.
 */
public enum Severity {
    /** Very severe: severe, and ANC below 0.2 ×10⁹/L. */
    VSAA,
    /** Severe: hypocellular marrow and at least two severe cytopenias. */
    SAA,
    /** Non-severe: hypocellular marrow and at least two cytopenias, but not severe. */
    NSAA,
    /** Marrow and counts known, but the marrow is not hypocellular or fewer than two cytopenias are present. */
    CRITERIA_NOT_MET,
    /** Data needed for a decision is missing; the registry never guesses. */
    NOT_ASSESSABLE;

    /** True for SAA and VSAA. */
    public boolean isSevere() {
        return this == SAA || this == VSAA;
    }
}
