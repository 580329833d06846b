package org.aaregistry.outcome.control;

import static org.aaregistry.outcome.control.ResponseFixtures.SIX_MONTHS;
import static org.aaregistry.outcome.control.ResponseFixtures.START;
import static org.aaregistry.outcome.control.ResponseFixtures.context;
import static org.aaregistry.outcome.control.ResponseFixtures.count;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.aaregistry.labs.control.CountSample;
import org.aaregistry.outcome.entity.ResponseCategory;
import org.aaregistry.outcome.entity.ResponseRuleSet;
import org.aaregistry.outcome.entity.TimePoint;
import org.aaregistry.patient.entity.Severity;
import org.aaregistry.patient.entity.SeverityRuleSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class NihRaceResponseTest {

    private static ResponseAssessment assess(
            CountSample count, ResponseRuleSet ruleSet, SeverityRuleSet severityRules) {
        ResponseContext ctx = new ResponseContext(START, "F", Severity.SAA, null, false, null, severityRules);
        return ResponseRules.assess(ctx, List.of(count), TimePoint.MONTH_6, ruleSet);
    }

    private static ResponseAssessment assess(CountSample count, ResponseRuleSet ruleSet) {
        return assess(count, ruleSet, SeverityRuleSet.CAMITTA_60);
    }

    private static ResponseCategory category(Double hb, Double anc, Double platelets, Double retic, ResponseRuleSet r) {
        return assess(count(SIX_MONTHS, hb, anc, platelets, retic), r).category();
    }

    @ParameterizedTest(name = "{0}: ANC {1} -> {2}")
    @CsvSource({
        "NIH, 0.99, PR", "NIH, 1.0, CR", "NIH, 1.01, CR",
        "RACE, 0.99, PR", "RACE, 1.0, PR", "RACE, 1.01, CR"
    })
    void completeResponseAncThreshold(ResponseRuleSet ruleSet, double anc, ResponseCategory expected) {
        assertThat(category(120.0, anc, 150.0, null, ruleSet)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0}: hemoglobin {1} -> {2}")
    @CsvSource({
        "NIH, 99.9, PR", "NIH, 100, CR", "NIH, 100.1, CR",
        "RACE, 99.9, PR", "RACE, 100, PR", "RACE, 100.1, CR"
    })
    void completeResponseHemoglobinThreshold(ResponseRuleSet ruleSet, double hb, ResponseCategory expected) {
        assertThat(category(hb, 2.0, 150.0, null, ruleSet)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0}: platelets {1} -> {2}")
    @CsvSource({
        "NIH, 99.9, PR", "NIH, 100, CR", "NIH, 100.1, CR",
        "RACE, 99.9, PR", "RACE, 100, PR", "RACE, 100.1, CR"
    })
    void completeResponsePlateletThreshold(ResponseRuleSet ruleSet, double platelets, ResponseCategory expected) {
        assertThat(category(120.0, 2.0, platelets, null, ruleSet)).isEqualTo(expected);
    }

    @Test
    void countsExactlyOnTheThresholdsAreCompleteUnderNihButPartialUnderRace() {
        CountSample onThresholds = count(SIX_MONTHS, 100.0, 1.0, 100.0, null);

        ResponseAssessment nih = assess(onThresholds, ResponseRuleSet.NIH);
        ResponseAssessment race = assess(onThresholds, ResponseRuleSet.RACE);

        assertThat(nih.category()).isEqualTo(ResponseCategory.CR);
        assertThat(nih.explanation()).contains("ANC 1 ≥ 1", "hemoglobin 100 g/L ≥ 100 g/L", "platelets 100 ≥ 100");
        assertThat(race.category()).isEqualTo(ResponseCategory.PR);
        assertThat(race.ruleSet()).isEqualTo(ResponseRuleSet.RACE);
        assertThat(race.explanation()).contains("ANC 1 ≤ 1", "transfusion independent");
    }

    @ParameterizedTest(name = "{0}: ANC {1}, platelets {2}, reticulocytes {3} -> {4}")
    @CsvSource({
        "NIH, 0.49, 10, 100, NR",
        "NIH, 0.5, 10, 100, PR",
        "NIH, 0.51, 10, 100, PR",
        "NIH, 0.3, 19.9, 100, NR",
        "NIH, 0.3, 20, 100, PR",
        "NIH, 0.3, 20.1, 100, PR",
        "RACE, 0.49, 10, 100, NR",
        "RACE, 0.5, 10, 100, PR",
        "RACE, 0.3, 19.9, 100, NR",
        "RACE, 0.3, 20, 100, PR"
    })
    void noResponseWhileTheSaaBloodCriteriaAreStillMet(
            ResponseRuleSet ruleSet, double anc, double platelets, double retic, ResponseCategory expected) {
        assertThat(category(80.0, anc, platelets, retic, ruleSet)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0}, {1}: reticulocytes {2} -> {3}")
    @CsvSource({
        "NIH, CAMITTA_60, 19.9, NR",
        "NIH, CAMITTA_60, 20, NOT_ASSESSABLE",
        "NIH, CAMITTA_60, 55, NOT_ASSESSABLE",
        "NIH, CAMITTA_60, 59.9, NOT_ASSESSABLE",
        "NIH, CAMITTA_60, 60, PR",
        "NIH, CAMITTA_60, 60.1, PR",
        "NIH, CAMITTA_50, 19.9, NR",
        "NIH, CAMITTA_50, 49.9, NOT_ASSESSABLE",
        "NIH, CAMITTA_50, 50, PR",
        "NIH, CAMITTA_50, 55, PR",
        "RACE, CAMITTA_60, 55, NOT_ASSESSABLE",
        "RACE, CAMITTA_50, 55, PR"
    })
    void reticulocytesWithoutMethodCountOnlyWhenBothCutoffsOfTheSeverityRuleSetAgree(
            ResponseRuleSet ruleSet, SeverityRuleSet severityRules, double retic, ResponseCategory expected) {
        CountSample oneSevereCount = count(SIX_MONTHS, 80.0, 0.3, 50.0, retic);

        assertThat(assess(oneSevereCount, ruleSet, severityRules).category()).isEqualTo(expected);
    }

    @Test
    void missingHemoglobinLeavesCompleteResponseUndecided() {
        ResponseAssessment a = assess(count(SIX_MONTHS, null, 1.2, 150.0, null), ResponseRuleSet.NIH);

        assertThat(a.category()).isEqualTo(ResponseCategory.NOT_ASSESSABLE);
        assertThat(a.countDate()).isEqualTo(SIX_MONTHS);
        assertThat(a.explanation()).contains("complete response undecided", "hemoglobin missing");
    }

    @Test
    void missingHemoglobinDoesNotMatterWhenAncRulesOutCompleteResponse() {
        assertThat(category(null, 0.8, 50.0, null, ResponseRuleSet.NIH)).isEqualTo(ResponseCategory.PR);
    }

    @Test
    void missingHemoglobinDoesNotMatterWhenStillSevere() {
        assertThat(category(null, 0.3, 10.0, null, ResponseRuleSet.RACE)).isEqualTo(ResponseCategory.NR);
    }

    @Test
    void missingReticulocytesWithOneSevereCountLeavePartialResponseUndecided() {
        ResponseAssessment a = assess(count(SIX_MONTHS, 80.0, 0.3, 50.0, null), ResponseRuleSet.NIH);

        assertThat(a.category()).isEqualTo(ResponseCategory.NOT_ASSESSABLE);
        assertThat(a.explanation()).contains("SAA blood criteria undecided", "reticulocytes missing");
    }

    @Test
    void countWithoutValuesIsNotAssessable() {
        assertThat(category(null, null, null, null, ResponseRuleSet.NIH)).isEqualTo(ResponseCategory.NOT_ASSESSABLE);
    }

    @Test
    void noResponseNamesTheCriteriaStillMet() {
        ResponseAssessment a = assess(count(SIX_MONTHS, 70.0, 0.2, 10.0, null), ResponseRuleSet.NIH);

        assertThat(a.category()).isEqualTo(ResponseCategory.NR);
        assertThat(a.explanation()).contains("SAA blood criteria still met", "ANC 0.2 < 0.5", "platelets 10 < 20");
    }

    @Test
    void nihIgnoresBaselineSeverity() {
        ResponseContext ctx = context(Severity.CRITERIA_NOT_MET);

        ResponseAssessment a = ResponseRules.assess(
                ctx, List.of(count(SIX_MONTHS, 90.0, 0.8, 40.0, null)), TimePoint.MONTH_6, ResponseRuleSet.NIH);

        assertThat(a.category()).isEqualTo(ResponseCategory.PR);
    }
}
