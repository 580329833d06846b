package org.aaregistry.patient.control;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;
import org.aaregistry.patient.entity.Severity;
import org.aaregistry.patient.entity.SeverityRuleSet;

/**
 * Severity of aplastic anemia by the Camitta criteria as given in the British Society for Haematology guideline
 * (Killick et al., Br J Haematol 2016). All comparisons are strict ("&lt;"). Missing values are carried as
 * unknown criteria, and a category is given only when no missing value could change it; otherwise the result
 * is {@link Severity#NOT_ASSESSABLE} with the reason.
 */
public final class Camitta {

    /** Cellularity %, below which the marrow criterion holds on its own (Killick et al. 2016). */
    static final double HYPOCELLULAR_BELOW = 25;
    /** Cellularity % up to which (inclusive) residual hematopoietic cells decide (Killick et al. 2016). */
    static final double RESIDUAL_DECIDES_UP_TO = 50;
    /** Residual hematopoietic cells %, below which a 25–50% marrow qualifies (Killick et al. 2016). */
    static final double RESIDUAL_BELOW = 30;
    /** ANC ×10⁹/L below which SAA is very severe (Killick et al. 2016). */
    static final double VERY_SEVERE_ANC_BELOW = 0.2;
    // Diagnostic cytopenias of aplastic anemia, at least two of three: hemoglobin < 100 g/L, platelets < 50 and
    // ANC < 1.5 ×10⁹/L (Killick et al. 2016).
    static final double CYTOPENIA_HEMOGLOBIN_BELOW = 100;
    static final double CYTOPENIA_PLATELETS_BELOW = 50;
    static final double CYTOPENIA_ANC_BELOW = 1.5;

    private Camitta() {}

    /**
     * Classifies the patient.
     *
     * @param inputs marrow and pre-treatment counts, any of them missing
     * @param ruleSet the reticulocyte cut-off; null means {@link SeverityRuleSet#defaultRuleSet()}
     */
    public static SeverityAssessment assess(SeverityInputs inputs, SeverityRuleSet ruleSet) {
        Objects.requireNonNull(inputs, "inputs");
        SeverityRuleSet rules = ruleSet == null ? SeverityRuleSet.defaultRuleSet() : ruleSet;
        Criterion marrow = marrow(inputs.cellularityPercent(), inputs.residualHematopoieticPercent());
        return switch (marrow.status()) {
            case UNKNOWN ->
                new SeverityAssessment(
                        Severity.NOT_ASSESSABLE,
                        rules,
                        List.of(),
                        "Not assessable: " + marrow.description() + ", so the marrow criterion cannot be decided.");
            case NOT_MET ->
                new SeverityAssessment(
                        Severity.CRITERIA_NOT_MET,
                        rules,
                        List.of(),
                        "Does not meet the criteria of aplastic anemia: the marrow is not hypocellular ("
                                + marrow.description() + ").");
            case MET -> assessCounts(inputs, rules, marrow);
        };
    }

    /**
     * The marrow criterion: cellularity &lt; 25%, or 25–50% (inclusive) with &lt; 30% residual hematopoietic
     * cells. The registry uses this same criterion as its operational definition of the "hypocellular marrow"
     * that the NSAA diagnosis requires, so SAA and NSAA differ only in the counts.
     */
    static Criterion marrow(Double cellularity, Double residual) {
        if (cellularity == null) {
            return Criterion.missing("marrow cellularity");
        }
        if (cellularity < HYPOCELLULAR_BELOW || cellularity > RESIDUAL_DECIDES_UP_TO) {
            return Criterion.below("cellularity", cellularity, HYPOCELLULAR_BELOW, "%");
        }
        String range = "cellularity " + Criterion.number(cellularity) + "% (25–50%) with ";
        Criterion cells = Criterion.below("residual hematopoietic cells", residual, RESIDUAL_BELOW, "%");
        return new Criterion(cells.status(), range + cells.description());
    }

    private static SeverityAssessment assessCounts(SeverityInputs in, SeverityRuleSet rules, Criterion marrow) {
        SevereBloodCriteria severe = SevereBloodCriteria.evaluate(
                in.anc(), in.platelets(), in.reticulocytes(), in.reticulocyteMethod(), rules);
        return switch (severe.status()) {
            case MET -> severeOrVerySevere(in, rules, marrow, severe);
            case NOT_MET -> nonSevere(in, rules, marrow, severe);
            case UNKNOWN ->
                new SeverityAssessment(
                        Severity.NOT_ASSESSABLE,
                        rules,
                        concat(marrow.description(), severe.met()),
                        "Not assessable: the marrow criterion is met (" + marrow.description()
                                + "), but missing data leaves the SAA blood criteria undecided ("
                                + String.join(", ", severe.descriptions()) + ").");
        };
    }

    private static SeverityAssessment severeOrVerySevere(
            SeverityInputs in, SeverityRuleSet rules, Criterion marrow, SevereBloodCriteria severe) {
        Criterion verySevere = Criterion.below("ANC", in.anc(), VERY_SEVERE_ANC_BELOW, "");
        List<String> met = concat(marrow.description(), severe.met());
        String grounds = "marrow criterion (" + marrow.description() + ") and at least two severe blood criteria ("
                + String.join(", ", severe.met()) + ") met";
        return switch (verySevere.status()) {
            case MET ->
                new SeverityAssessment(
                        Severity.VSAA,
                        rules,
                        concat(met, verySevere.description()),
                        "Very severe aplastic anemia: " + grounds + ", and " + verySevere.description() + ".");
            case NOT_MET ->
                new SeverityAssessment(
                        Severity.SAA,
                        rules,
                        met,
                        "Severe aplastic anemia: " + grounds + "; not very severe (" + verySevere.description() + ").");
            case UNKNOWN ->
                new SeverityAssessment(
                        Severity.NOT_ASSESSABLE,
                        rules,
                        met,
                        "Not assessable: " + grounds + ", but ANC is missing, so SAA cannot be told from VSAA (ANC < "
                                + Criterion.number(VERY_SEVERE_ANC_BELOW) + ").");
        };
    }

    private static SeverityAssessment nonSevere(
            SeverityInputs in, SeverityRuleSet rules, Criterion marrow, SevereBloodCriteria severe) {
        List<Criterion> cytopenias = List.of(
                Criterion.below("hemoglobin", in.hemoglobin(), CYTOPENIA_HEMOGLOBIN_BELOW, " g/L"),
                Criterion.below("platelets", in.platelets(), CYTOPENIA_PLATELETS_BELOW, ""),
                Criterion.below("ANC", in.anc(), CYTOPENIA_ANC_BELOW, ""));
        CriterionStatus status = CriterionStatus.atLeastTwoOf(
                cytopenias.get(0).status(),
                cytopenias.get(1).status(),
                cytopenias.get(2).status());
        List<String> metCytopenias = cytopenias.stream()
                .filter(Criterion::isMet)
                .map(Criterion::description)
                .toList();
        List<String> met = concat(marrow.description(), metCytopenias);
        String all = String.join(
                ", ", cytopenias.stream().map(Criterion::description).toList());
        String notSevere = "SAA blood criteria not met (" + String.join(", ", severe.descriptions()) + ")";
        return switch (status) {
            case MET ->
                new SeverityAssessment(
                        Severity.NSAA,
                        rules,
                        met,
                        "Non-severe aplastic anemia: hypocellular marrow (" + marrow.description()
                                + ") with at least two cytopenias (" + String.join(", ", metCytopenias) + "); "
                                + notSevere + ".");
            case NOT_MET ->
                new SeverityAssessment(
                        Severity.CRITERIA_NOT_MET,
                        rules,
                        met,
                        "Does not meet the criteria of aplastic anemia: the marrow criterion is met ("
                                + marrow.description() + ") but fewer than two cytopenias are present (" + all + ").");
            case UNKNOWN ->
                new SeverityAssessment(
                        Severity.NOT_ASSESSABLE,
                        rules,
                        met,
                        "Not assessable: " + notSevere + ", but missing data leaves NSAA undecided (" + all + ").");
        };
    }

    private static List<String> concat(String first, List<String> rest) {
        return Stream.concat(Stream.of(first), rest.stream()).toList();
    }

    private static List<String> concat(List<String> first, String last) {
        List<String> all = new ArrayList<>(first);
        all.add(last);
        return all;
    }
}
