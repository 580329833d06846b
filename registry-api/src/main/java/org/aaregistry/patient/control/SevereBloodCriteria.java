package org.aaregistry.patient.control;

import java.util.List;
import java.util.stream.Stream;
import org.aaregistry.patient.entity.ReticulocyteMethod;
import org.aaregistry.patient.entity.SeverityRuleSet;

/**
 * The blood part of the Camitta criteria for severe aplastic anemia: at least two of ANC &lt; 0.5 ×10⁹/L,
 * platelets &lt; 20 ×10⁹/L and reticulocytes below the rule set's cut-off (BSH guideline, Killick et al. 2016).
 * Severity uses it at diagnosis; the response rules use it to ask whether counts "still meet the SAA criteria".
 *
 * @param anc ANC &lt; 0.5
 * @param platelets platelets &lt; 20
 * @param reticulocytes reticulocytes below the cut-off for the method
 */
public record SevereBloodCriteria(Criterion anc, Criterion platelets, Criterion reticulocytes) {

    /** ×10⁹/L, Camitta criteria (Killick et al. 2016). */
    static final double ANC_CUTOFF = 0.5;
    /** ×10⁹/L, Camitta criteria (Killick et al. 2016). */
    static final double PLATELET_CUTOFF = 20;

    /**
     * Applies the criteria. A reticulocyte count without a method is severe if below both the manual and the
     * automated cut-off, not severe if at or above both, and unknown in between.
     */
    public static SevereBloodCriteria evaluate(
            Double anc, Double platelets, Double reticulocytes, ReticulocyteMethod method, SeverityRuleSet ruleSet) {
        return new SevereBloodCriteria(
                Criterion.below("ANC", anc, ANC_CUTOFF, ""),
                Criterion.below("platelets", platelets, PLATELET_CUTOFF, ""),
                reticulocytes(reticulocytes, method, ruleSet));
    }

    /** At least two of the three. */
    public CriterionStatus status() {
        return CriterionStatus.atLeastTwoOf(anc.status(), platelets.status(), reticulocytes.status());
    }

    /** Descriptions of the criteria that are met. */
    public List<String> met() {
        return all().filter(Criterion::isMet).map(Criterion::description).toList();
    }

    /** Descriptions of all three, met or not or missing. */
    public List<String> descriptions() {
        return all().map(Criterion::description).toList();
    }

    private Stream<Criterion> all() {
        return Stream.of(anc, platelets, reticulocytes);
    }

    private static Criterion reticulocytes(Double value, ReticulocyteMethod method, SeverityRuleSet ruleSet) {
        if (method != null) {
            String label = "reticulocytes (" + method.name().toLowerCase() + ")";
            return Criterion.below(label, value, ruleSet.reticulocyteCutoff(method), "");
        }
        if (value == null) {
            return Criterion.missing("reticulocytes");
        }
        double manual = ruleSet.reticulocyteCutoff(ReticulocyteMethod.MANUAL);
        double automated = ruleSet.reticulocyteCutoff(ReticulocyteMethod.AUTOMATED);
        String cutoffs = " (method not recorded; cut-offs " + Criterion.number(manual) + " manual, "
                + Criterion.number(automated) + " automated)";
        String text = "reticulocytes " + Criterion.number(value);
        if (value < Math.min(manual, automated)) {
            return new Criterion(CriterionStatus.MET, text + " below both cut-offs" + cutoffs);
        }
        if (value >= Math.max(manual, automated)) {
            return new Criterion(CriterionStatus.NOT_MET, text + " at or above both cut-offs" + cutoffs);
        }
        return new Criterion(CriterionStatus.UNKNOWN, text + " below one cut-off only" + cutoffs);
    }
}
