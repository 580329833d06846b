package org.aaregistry.patient.control;

import static org.aaregistry.patient.entity.ReticulocyteMethod.AUTOMATED;
import static org.aaregistry.patient.entity.ReticulocyteMethod.MANUAL;
import static org.assertj.core.api.Assertions.assertThat;

import org.aaregistry.patient.entity.ReticulocyteMethod;
import org.aaregistry.patient.entity.Severity;
import org.aaregistry.patient.entity.SeverityRuleSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CamittaTest {

    private static final SeverityRuleSet DEFAULT = SeverityRuleSet.CAMITTA_60;

    private static SeverityInputs marrowMet(
            Double hb, Double anc, Double platelets, Double retic, ReticulocyteMethod m) {
        return new SeverityInputs(10.0, null, hb, anc, platelets, retic, m);
    }

    private static Severity severity(SeverityInputs inputs, SeverityRuleSet ruleSet) {
        return Camitta.assess(inputs, ruleSet).severity();
    }

    @Test
    void severeWhenTwoOfThreeCountsBelowThreshold() {
        SeverityAssessment a = Camitta.assess(marrowMet(80.0, 0.3, 10.0, 100.0, AUTOMATED), DEFAULT);

        assertThat(a.severity()).isEqualTo(Severity.SAA);
        assertThat(a.ruleSet()).isEqualTo(DEFAULT);
        assertThat(a.criteriaMet()).containsExactly("cellularity 10% < 25%", "ANC 0.3 < 0.5", "platelets 10 < 20");
        assertThat(a.explanation()).startsWith("Severe aplastic anemia").contains("ANC 0.3 ≥ 0.2");
    }

    @Test
    void verySevereListsTheAncBelowPointTwo() {
        SeverityAssessment a = Camitta.assess(marrowMet(80.0, 0.1, 10.0, 10.0, MANUAL), DEFAULT);

        assertThat(a.severity()).isEqualTo(Severity.VSAA);
        assertThat(a.criteriaMet())
                .containsExactly(
                        "cellularity 10% < 25%",
                        "ANC 0.1 < 0.5", "platelets 10 < 20", "reticulocytes (manual) 10 < 20", "ANC 0.1 < 0.2");
        assertThat(a.explanation()).startsWith("Very severe aplastic anemia");
    }

    @ParameterizedTest(name = "ANC {0} -> {1}")
    @CsvSource({"0.49, SAA", "0.5, NSAA", "0.51, NSAA"})
    void severeAncThresholdIsStrictlyBelowPointFive(double anc, Severity expected) {
        assertThat(severity(marrowMet(80.0, anc, 10.0, 100.0, AUTOMATED), DEFAULT))
                .isEqualTo(expected);
    }

    @ParameterizedTest(name = "platelets {0} -> {1}")
    @CsvSource({"19.9, SAA", "20, NSAA", "20.1, NSAA"})
    void severePlateletThresholdIsStrictlyBelowTwenty(double platelets, Severity expected) {
        assertThat(severity(marrowMet(80.0, 0.3, platelets, 100.0, AUTOMATED), DEFAULT))
                .isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0} {1} reticulocytes {2} -> {3}")
    @CsvSource({
        "CAMITTA_60, AUTOMATED, 59.9, SAA",
        "CAMITTA_60, AUTOMATED, 60, NSAA",
        "CAMITTA_60, AUTOMATED, 60.1, NSAA",
        "CAMITTA_50, AUTOMATED, 49.9, SAA",
        "CAMITTA_50, AUTOMATED, 50, NSAA",
        "CAMITTA_50, AUTOMATED, 50.1, NSAA",
        "CAMITTA_60, MANUAL, 19.9, SAA",
        "CAMITTA_60, MANUAL, 20, NSAA",
        "CAMITTA_60, MANUAL, 20.1, NSAA",
        "CAMITTA_50, MANUAL, 19.9, SAA",
        "CAMITTA_50, MANUAL, 20, NSAA",
        "CAMITTA_50, MANUAL, 20.1, NSAA"
    })
    void reticulocyteCutoffFollowsRuleSetAndMethod(
            SeverityRuleSet ruleSet, ReticulocyteMethod method, double retic, Severity expected) {
        assertThat(severity(marrowMet(80.0, 0.3, 30.0, retic, method), ruleSet)).isEqualTo(expected);
    }

    @Test
    void automatedReticulocytesOf55AreSevereUnderCamitta60ButNotUnderCamitta50() {
        SeverityInputs inputs = marrowMet(80.0, 0.3, 30.0, 55.0, AUTOMATED);

        assertThat(severity(inputs, SeverityRuleSet.CAMITTA_60)).isEqualTo(Severity.SAA);
        assertThat(severity(inputs, SeverityRuleSet.CAMITTA_50)).isEqualTo(Severity.NSAA);
    }

    @ParameterizedTest(name = "ANC {0} -> {1}")
    @CsvSource({"0.19, VSAA", "0.2, SAA", "0.21, SAA"})
    void verySevereWhenSevereAndAncStrictlyBelowPointTwo(double anc, Severity expected) {
        assertThat(severity(marrowMet(80.0, anc, 10.0, 10.0, MANUAL), DEFAULT)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "hemoglobin {0} -> {1}")
    @CsvSource({"99.9, NSAA", "100, CRITERIA_NOT_MET", "100.1, CRITERIA_NOT_MET"})
    void nonSevereHemoglobinThresholdIsStrictlyBelow100(double hb, Severity expected) {
        assertThat(severity(marrowMet(hb, 1.0, 100.0, null, null), DEFAULT)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "platelets {0} -> {1}")
    @CsvSource({"49.9, NSAA", "50, CRITERIA_NOT_MET", "50.1, CRITERIA_NOT_MET"})
    void nonSeverePlateletThresholdIsStrictlyBelow50(double platelets, Severity expected) {
        assertThat(severity(marrowMet(90.0, 2.0, platelets, null, null), DEFAULT))
                .isEqualTo(expected);
    }

    @ParameterizedTest(name = "ANC {0} -> {1}")
    @CsvSource({"1.49, NSAA", "1.5, CRITERIA_NOT_MET", "1.51, CRITERIA_NOT_MET"})
    void nonSevereAncThresholdIsStrictlyBelowOnePointFive(double anc, Severity expected) {
        assertThat(severity(marrowMet(90.0, anc, 100.0, null, null), DEFAULT)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "cellularity {0}%, residual {1}% -> {2}")
    @CsvSource({
        "24.9,     , SAA",
        "24.9,   90, SAA",
        "25,       , NOT_ASSESSABLE",
        "25,   29.9, SAA",
        "25,     30, CRITERIA_NOT_MET",
        "25,   30.1, CRITERIA_NOT_MET",
        "25.1,     , NOT_ASSESSABLE",
        "49.9, 29.9, SAA",
        "50,   29.9, SAA",
        "50,     30, CRITERIA_NOT_MET",
        "50,       , NOT_ASSESSABLE",
        "50.1,   10, CRITERIA_NOT_MET",
        "50.1,     , CRITERIA_NOT_MET",
        "    ,   10, NOT_ASSESSABLE"
    })
    void marrowCriterionIsCellularityBelow25OrUpTo50WithResidualBelow30(
            Double cellularity, Double residual, Severity expected) {
        SeverityInputs inputs = new SeverityInputs(cellularity, residual, 80.0, 0.3, 10.0, 10.0, MANUAL);

        assertThat(severity(inputs, DEFAULT)).isEqualTo(expected);
    }

    @Test
    void marrowMissingIsNotAssessableAndSaysSo() {
        SeverityAssessment a = Camitta.assess(new SeverityInputs(null, null, 80.0, 0.1, 5.0, 5.0, MANUAL), DEFAULT);

        assertThat(a.severity()).isEqualTo(Severity.NOT_ASSESSABLE);
        assertThat(a.criteriaMet()).isEmpty();
        assertThat(a.explanation()).contains("marrow cellularity missing");
    }

    @Test
    void residualMissingForAMiddleCellularityIsNotAssessable() {
        SeverityAssessment a = Camitta.assess(new SeverityInputs(40.0, null, 80.0, 0.1, 5.0, 5.0, MANUAL), DEFAULT);

        assertThat(a.severity()).isEqualTo(Severity.NOT_ASSESSABLE);
        assertThat(a.explanation()).contains("cellularity 40% (25–50%)", "residual hematopoietic cells missing");
    }

    @Test
    void middleCellularityWithFewResidualCellsNamesBoth() {
        SeverityAssessment a = Camitta.assess(new SeverityInputs(40.0, 20.0, 80.0, 0.3, 5.0, null, null), DEFAULT);

        assertThat(a.severity()).isEqualTo(Severity.SAA);
        assertThat(a.criteriaMet())
                .first()
                .isEqualTo("cellularity 40% (25–50%) with residual hematopoietic cells 20% < 30%");
    }

    @Test
    void marrowNotHypocellularIsCriteriaNotMetEvenWithoutCounts() {
        SeverityAssessment a = Camitta.assess(new SeverityInputs(60.0, null, null, null, null, null, null), DEFAULT);

        assertThat(a.severity()).isEqualTo(Severity.CRITERIA_NOT_MET);
        assertThat(a.explanation()).contains("not hypocellular", "cellularity 60% ≥ 25%");
    }

    @Test
    void severeDecidedWithoutReticulocytesWhenAncAndPlateletsAreSevere() {
        assertThat(severity(marrowMet(null, 0.3, 10.0, null, null), DEFAULT)).isEqualTo(Severity.SAA);
    }

    @Test
    void verySevereDecidedWithoutReticulocytes() {
        SeverityAssessment a = Camitta.assess(marrowMet(null, 0.1, 10.0, null, null), DEFAULT);

        assertThat(a.severity()).isEqualTo(Severity.VSAA);
        assertThat(a.criteriaMet()).contains("ANC 0.1 < 0.2");
    }

    @Test
    void severeVersusVerySevereNotAssessableWithoutAnc() {
        SeverityAssessment a = Camitta.assess(marrowMet(80.0, null, 10.0, 10.0, MANUAL), DEFAULT);

        assertThat(a.severity()).isEqualTo(Severity.NOT_ASSESSABLE);
        assertThat(a.criteriaMet()).contains("platelets 10 < 20", "reticulocytes (manual) 10 < 20");
        assertThat(a.explanation()).contains("ANC is missing", "VSAA");
    }

    @Test
    void severeBloodCriteriaUndecidedWhenOneSevereOneNotAndReticulocytesMissing() {
        SeverityAssessment a = Camitta.assess(marrowMet(80.0, 0.3, 30.0, null, null), DEFAULT);

        assertThat(a.severity()).isEqualTo(Severity.NOT_ASSESSABLE);
        assertThat(a.explanation()).contains("SAA blood criteria undecided", "reticulocytes missing");
    }

    @ParameterizedTest(name = "{0}, no method, reticulocytes {1} -> {2}")
    @CsvSource({
        "CAMITTA_60, 19.9, SAA",
        "CAMITTA_60, 20, NOT_ASSESSABLE",
        "CAMITTA_60, 59.9, NOT_ASSESSABLE",
        "CAMITTA_60, 60, NSAA",
        "CAMITTA_50, 19.9, SAA",
        "CAMITTA_50, 49.9, NOT_ASSESSABLE",
        "CAMITTA_50, 50, NSAA",
        "CAMITTA_50, 55, NSAA"
    })
    void reticulocytesWithoutMethodDecideOnlyWhenBothCutoffsAgree(
            SeverityRuleSet ruleSet, double retic, Severity expected) {
        assertThat(severity(marrowMet(80.0, 0.3, 30.0, retic, null), ruleSet)).isEqualTo(expected);
    }

    @Test
    void reticulocytesWithoutMethodBetweenCutoffsAreExplained() {
        SeverityAssessment a = Camitta.assess(marrowMet(80.0, 0.3, 30.0, 40.0, null), DEFAULT);

        assertThat(a.explanation()).contains("reticulocytes 40 below one cut-off only", "method not recorded");
    }

    @Test
    void nonSevereDecidedDespiteMissingAncWhenTwoOtherCytopeniasAreKnown() {
        SeverityAssessment a = Camitta.assess(marrowMet(90.0, null, 40.0, 80.0, AUTOMATED), DEFAULT);

        assertThat(a.severity()).isEqualTo(Severity.NSAA);
        assertThat(a.criteriaMet())
                .containsExactly("cellularity 10% < 25%", "hemoglobin 90 g/L < 100 g/L", "platelets 40 < 50");
        assertThat(a.explanation()).startsWith("Non-severe aplastic anemia");
    }

    @Test
    void nonSevereUndecidedWhenOnlyOneCytopeniaIsKnown() {
        SeverityAssessment a = Camitta.assess(marrowMet(90.0, null, 100.0, 80.0, AUTOMATED), DEFAULT);

        assertThat(a.severity()).isEqualTo(Severity.NOT_ASSESSABLE);
        assertThat(a.explanation()).contains("NSAA undecided", "ANC missing");
    }

    @Test
    void criteriaNotMetWhenFewerThanTwoCytopenias() {
        SeverityAssessment a = Camitta.assess(marrowMet(90.0, 2.0, 100.0, null, null), DEFAULT);

        assertThat(a.severity()).isEqualTo(Severity.CRITERIA_NOT_MET);
        assertThat(a.criteriaMet()).containsExactly("cellularity 10% < 25%", "hemoglobin 90 g/L < 100 g/L");
        assertThat(a.explanation()).contains("fewer than two cytopenias", "ANC 2 ≥ 1.5");
    }

    @Test
    void nothingRecordedIsNotAssessable() {
        SeverityAssessment a = Camitta.assess(new SeverityInputs(null, null, null, null, null, null, null), DEFAULT);

        assertThat(a.severity()).isEqualTo(Severity.NOT_ASSESSABLE);
    }

    @Test
    void marrowMetButNoCountsIsNotAssessable() {
        assertThat(severity(marrowMet(null, null, null, null, null), DEFAULT)).isEqualTo(Severity.NOT_ASSESSABLE);
    }

    @Test
    void noRuleSetMeansCamitta60() {
        SeverityAssessment a = Camitta.assess(marrowMet(80.0, 0.3, 30.0, 55.0, AUTOMATED), null);

        assertThat(a.ruleSet()).isEqualTo(SeverityRuleSet.CAMITTA_60);
        assertThat(a.severity()).isEqualTo(Severity.SAA);
    }
}
