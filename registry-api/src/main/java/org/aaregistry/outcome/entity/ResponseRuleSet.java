package org.aaregistry.outcome.entity;

/**
 * The published definition of response a derived response follows. Trials differ mainly in the complete-response
 * thresholds, so the registry keeps each as a named rule set and stores it beside every derived response.
 */
public enum ResponseRuleSet {
    /**
     * Default. Townsley et al., N Engl J Med 2017, Table 2: CR at least ANC 1.0, hemoglobin 100 g/L and platelets
     * 100 ×10⁹/L; PR no longer meeting the SAA blood criteria and transfusion independent.
     */
    NIH,
    /** Peffault de Latour et al., N Engl J Med 2022 (RACE): as NIH but CR strictly above each threshold. */
    RACE,
    /**
     * Camitta 2000 as used by the British Society for Haematology guideline (Killick et al. 2016): CR normal
     * hemoglobin for sex, ANC &gt; 1.5 and platelets &gt; 150; PR defined separately after SAA and after NSAA.
     */
    BSH;

    /** The rule set used when none is chosen. */
    public static ResponseRuleSet defaultRuleSet() {
        return NIH;
    }
}
