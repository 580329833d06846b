package org.aaregistry.outcome.control;

import java.util.List;
import org.aaregistry.labs.control.CountSample;
import org.aaregistry.outcome.entity.ResponseCategory;
import org.aaregistry.patient.control.Criterion;
import org.aaregistry.patient.control.CriterionStatus;
import org.aaregistry.patient.control.SevereBloodCriteria;
import org.aaregistry.patient.entity.SeverityRuleSet;

/**
 * The NIH response criteria (Townsley et al., N Engl J Med 2017, Table 2) and the RACE variant (Peffault de Latour
 * et al., N Engl J Med 2022), which differ only in whether the complete-response thresholds are inclusive.
 *
 * <p>CR: ANC 1.0, hemoglobin 100 g/L and platelets 100 ×10⁹/L, "at least" under NIH, strictly above under RACE.
 * PR: not CR, the counts no longer meet the SAA blood criteria, and transfusion independent (a qualifying count,
 * taken without recent transfusion, shows that). NR: the SAA blood criteria are still met.
 *
 * <p>Follow-up counts carry no reticulocyte method, so a reticulocyte value counts as severe only if below both
 * the manual and the automated cut-off of the severity rule set, and as not severe only if at or above both.
 */
final class NihResponse {

    // Complete response thresholds, Townsley et al. 2017 Table 2 and Peffault de Latour et al. 2022.
    static final double CR_ANC = 1.0;
    static final double CR_HEMOGLOBIN = 100;
    static final double CR_PLATELETS = 100;

    private NihResponse() {}

    /**
     * @param strict false for NIH ("at least"), true for RACE ("more than")
     */
    static Classification classify(CountSample count, SeverityRuleSet severityRules, boolean strict) {
        List<Criterion> complete = strict
                ? List.of(
                        Criterion.above("ANC", count.anc(), CR_ANC, ""),
                        Criterion.above("hemoglobin", count.hemoglobin(), CR_HEMOGLOBIN, " g/L"),
                        Criterion.above("platelets", count.platelets(), CR_PLATELETS, ""))
                : List.of(
                        Criterion.atLeast("ANC", count.anc(), CR_ANC, ""),
                        Criterion.atLeast("hemoglobin", count.hemoglobin(), CR_HEMOGLOBIN, " g/L"),
                        Criterion.atLeast("platelets", count.platelets(), CR_PLATELETS, ""));
        CriterionStatus cr =
                CriterionStatus.allOf(complete.stream().map(Criterion::status).toArray(CriterionStatus[]::new));
        if (cr == CriterionStatus.MET) {
            return new Classification(
                    ResponseCategory.CR, "complete response: " + Classification.describe(complete) + ".");
        }
        if (cr == CriterionStatus.UNKNOWN) {
            return Classification.notAssessable("not assessable, missing values leave complete response undecided ("
                    + Classification.describe(complete) + ").");
        }
        SevereBloodCriteria severe = SevereBloodCriteria.evaluate(
                count.anc(), count.platelets(), count.reticulocytes(), null, severityRules);
        return stillSevere(severe, "not complete (" + Classification.describeFailed(complete) + ")");
    }

    /** PR when the SAA blood criteria are no longer met, NR while they are; shared with BSH after SAA. */
    static Classification stillSevere(SevereBloodCriteria severe, String notComplete) {
        String criteria = String.join(", ", severe.descriptions());
        return switch (severe.status()) {
            case MET ->
                new Classification(
                        ResponseCategory.NR,
                        "no response: SAA blood criteria still met (" + String.join(", ", severe.met()) + "); "
                                + notComplete + ".");
            case NOT_MET ->
                new Classification(
                        ResponseCategory.PR,
                        "partial response: transfusion independent and SAA blood criteria no longer met (" + criteria
                                + "); " + notComplete + ".");
            case UNKNOWN ->
                Classification.notAssessable("not assessable, " + notComplete
                        + ", and missing data leaves the SAA blood criteria undecided (" + criteria + ").");
        };
    }
}
