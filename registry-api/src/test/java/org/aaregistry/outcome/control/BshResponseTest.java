package org.aaregistry.outcome.control;

import static org.aaregistry.outcome.control.ResponseFixtures.SIX_MONTHS;
import static org.aaregistry.outcome.control.ResponseFixtures.context;
import static org.aaregistry.outcome.control.ResponseFixtures.count;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.aaregistry.labs.control.CountSample;
import org.aaregistry.outcome.entity.ResponseCategory;
import org.aaregistry.outcome.entity.ResponseRuleSet;
import org.aaregistry.outcome.entity.TimePoint;
import org.aaregistry.patient.entity.Severity;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

class BshResponseTest {

    private static final LocalDate BEFORE = LocalDate.of(2024, 1, 10);

    private static ResponseAssessment assess(ResponseContext ctx, CountSample count) {
        return ResponseRules.assess(ctx, List.of(count), TimePoint.MONTH_6, ResponseRuleSet.BSH);
    }

    private static ResponseAssessment afterNonSevere(
            String sex, CountSample baseline, boolean dependent, CountSample now) {
        return assess(context(sex, Severity.NSAA, baseline, dependent), now);
    }

    @ParameterizedTest(name = "sex {0}: hemoglobin {1}, ANC {2}, platelets {3} -> {4}")
    @CsvSource({
        "F, 119.9, 2, 200, PR",
        "F, 120, 2, 200, CR",
        "F, 120.1, 2, 200, CR",
        "M, 125, 2, 200, PR",
        "M, 129.9, 2, 200, PR",
        "M, 130, 2, 200, CR",
        "M, 130.1, 2, 200, CR",
        "U, 129.9, 2, 200, PR",
        "U, 130, 2, 200, CR",
        "F, 130, 1.49, 200, PR",
        "F, 130, 1.5, 200, PR",
        "F, 130, 1.51, 200, CR",
        "F, 130, 2, 149.9, PR",
        "F, 130, 2, 150, PR",
        "F, 130, 2, 150.1, CR"
    })
    void completeResponseNeedsNormalHemoglobinForSexAncAbove1Point5AndPlateletsAbove150(
            String sex, double hb, double anc, double platelets, ResponseCategory expected) {
        ResponseContext ctx = context(sex, Severity.SAA, null, false);

        assertThat(assess(ctx, count(SIX_MONTHS, hb, anc, platelets, null)).category())
                .isEqualTo(expected);
    }

    @Test
    void unrecordedSexUsesTheMaleHemoglobinAndSaysSo() {
        ResponseAssessment a =
                assess(context("U", Severity.SAA, null, false), count(SIX_MONTHS, 135.0, 2.0, 200.0, null));

        assertThat(a.category()).isEqualTo(ResponseCategory.CR);
        assertThat(a.explanation()).contains("sex not recorded", "130 g/L");
    }

    @Test
    void sameCountsAreCompleteUnderNihButOnlyPartialUnderBsh() {
        CountSample count = count(SIX_MONTHS, 110.0, 1.2, 120.0, null);
        ResponseContext ctx = context(Severity.SAA);

        assertThat(ResponseRules.assess(ctx, List.of(count), TimePoint.MONTH_6, ResponseRuleSet.NIH)
                        .category())
                .isEqualTo(ResponseCategory.CR);
        assertThat(assess(ctx, count).category()).isEqualTo(ResponseCategory.PR);
    }

    @ParameterizedTest(name = "after {0}")
    @EnumSource(
            value = Severity.class,
            names = {"SAA", "VSAA"})
    void afterSevereDiseasePartialMeansNoLongerMeetingSaaBloodCriteria(Severity baseline) {
        ResponseContext ctx = context(baseline);

        assertThat(assess(ctx, count(SIX_MONTHS, 90.0, 0.5, 10.0, 100.0)).category())
                .isEqualTo(ResponseCategory.PR);
        assertThat(assess(ctx, count(SIX_MONTHS, 90.0, 0.49, 10.0, 100.0)).category())
                .isEqualTo(ResponseCategory.NR);
        assertThat(assess(ctx, count(SIX_MONTHS, 90.0, 0.3, 19.9, 100.0)).category())
                .isEqualTo(ResponseCategory.NR);
        assertThat(assess(ctx, count(SIX_MONTHS, 90.0, 0.3, 20.0, 100.0)).category())
                .isEqualTo(ResponseCategory.PR);
        assertThat(assess(ctx, count(SIX_MONTHS, 90.0, 0.3, 50.0, null)).category())
                .isEqualTo(ResponseCategory.NOT_ASSESSABLE);
    }

    @ParameterizedTest(name = "sex {0}, baseline Hb {1} ANC {2} plt {3}; now Hb {4} ANC {5} plt {6} -> {7}")
    @CsvSource({
        // normalisation of hemoglobin (women 120 g/L)
        "F, 90, 0.9, 40, 119.9, 1.0, 60, NR",
        "F, 90, 0.9, 40, 120, 1.0, 60, PR",
        "F, 90, 0.9, 40, 120.1, 1.0, 60, PR",
        // normalisation of ANC (≥ 1.5)
        "F, 95, 1.0, 40, 100, 1.49, 60, NR",
        "F, 95, 1.0, 40, 100, 1.5, 60, PR",
        "F, 95, 1.0, 40, 100, 1.51, 60, PR",
        // normalisation of platelets (≥ 150)
        "F, 95, 1.0, 80, 100, 1.2, 149.9, NR",
        "F, 95, 1.0, 80, 100, 1.2, 150, PR",
        "F, 95, 1.0, 80, 100, 1.2, 150.1, PR",
        // doubling of hemoglobin (men: 120 doubles 60 but is not normal)
        "M, 60, 1.0, 40, 119.9, 1.2, 60, NR",
        "M, 60, 1.0, 40, 120, 1.2, 60, PR",
        // doubling of ANC
        "F, 95, 0.6, 40, 100, 1.19, 60, NR",
        "F, 95, 0.6, 40, 100, 1.2, 60, PR",
        "F, 95, 0.6, 40, 100, 1.21, 60, PR",
        // doubling of platelets
        "F, 95, 1.0, 30, 100, 1.2, 59.9, NR",
        "F, 95, 1.0, 30, 100, 1.2, 60, PR",
        "F, 95, 1.0, 30, 100, 1.2, 60.1, PR",
        // hemoglobin up > 30 g/L from < 60 g/L
        "F, 55, 1.0, 40, 85, 1.2, 60, NR",
        "F, 55, 1.0, 40, 85.1, 1.2, 60, PR",
        "F, 59.9, 1.0, 40, 90, 1.2, 60, PR",
        "F, 60, 1.0, 40, 91, 1.2, 60, NR",
        // ANC up > 0.5 from < 0.5 (a baseline of 0 cannot double)
        "F, 95, 0, 40, 100, 0.5, 60, NR",
        "F, 95, 0, 40, 100, 0.51, 60, PR",
        "F, 95, 0.3, 40, 100, 0.59, 60, NR",
        // platelets up > 20 from < 20
        "F, 95, 1.0, 0, 100, 1.2, 20, NR",
        "F, 95, 1.0, 0, 100, 1.2, 20.1, PR",
        "F, 95, 1.0, 19, 100, 1.2, 37.9, NR"
    })
    void afterNonSevereDiseaseAnyLineNormalisedDoubledOrRisenIsPartial(
            String sex,
            double baseHb,
            double baseAnc,
            double basePlatelets,
            double hb,
            double anc,
            double platelets,
            ResponseCategory expected) {
        CountSample baseline = count(BEFORE, baseHb, baseAnc, basePlatelets, null);

        ResponseAssessment a = afterNonSevere(sex, baseline, false, count(SIX_MONTHS, hb, anc, platelets, null));

        assertThat(a.category()).isEqualTo(expected);
    }

    @Test
    void afterNonSevereDiseaseTransfusionIndependenceAfterDependenceIsPartial() {
        CountSample baseline = count(BEFORE, 95.0, 1.0, 40.0, null);
        CountSample unchanged = count(SIX_MONTHS, 95.0, 1.0, 40.0, null);

        ResponseAssessment dependentBefore = afterNonSevere("F", baseline, true, unchanged);
        ResponseAssessment independentBefore = afterNonSevere("F", baseline, false, unchanged);

        assertThat(dependentBefore.category()).isEqualTo(ResponseCategory.PR);
        assertThat(dependentBefore.explanation()).contains("transfusion independent after transfusion dependence");
        assertThat(independentBefore.category()).isEqualTo(ResponseCategory.NR);
    }

    @Test
    void afterNonSevereDiseasePartialNamesTheCriterionMet() {
        CountSample baseline = count(BEFORE, 95.0, 0.6, 40.0, null);

        ResponseAssessment a = afterNonSevere("F", baseline, false, count(SIX_MONTHS, 100.0, 1.2, 60.0, null));

        assertThat(a.explanation()).contains("ANC 1.2 ≥ 2 × baseline 0.6");
    }

    @Test
    void afterNonSevereDiseaseWithoutBaselineCountsNormalisationStillDecides() {
        ResponseAssessment a = afterNonSevere("F", null, false, count(SIX_MONTHS, 100.0, 1.6, 60.0, null));

        assertThat(a.category()).isEqualTo(ResponseCategory.PR);
    }

    @Test
    void afterNonSevereDiseaseWithoutBaselineCountsAnUnchangedLineIsNotAssessable() {
        ResponseAssessment a = afterNonSevere("F", null, false, count(SIX_MONTHS, 100.0, 1.2, 60.0, null));

        assertThat(a.category()).isEqualTo(ResponseCategory.NOT_ASSESSABLE);
        assertThat(a.explanation()).containsOnlyOnce("baseline ANC missing");
    }

    @ParameterizedTest(name = "baseline {0}")
    @EnumSource(
            value = Severity.class,
            names = {"CRITERIA_NOT_MET", "NOT_ASSESSABLE"})
    void partialResponseNotAssessableWithoutAnAplasticBaselineSeverity(Severity baseline) {
        ResponseAssessment a = assess(context(baseline), count(SIX_MONTHS, 100.0, 1.0, 60.0, 100.0));

        assertThat(a.category()).isEqualTo(ResponseCategory.NOT_ASSESSABLE);
        assertThat(a.explanation()).contains("baseline severity " + baseline);
    }

    @Test
    void partialResponseNotAssessableWhenBaselineSeverityUnknown() {
        assertThat(assess(context(null), count(SIX_MONTHS, 100.0, 1.0, 60.0, 100.0))
                        .category())
                .isEqualTo(ResponseCategory.NOT_ASSESSABLE);
    }

    @Test
    void completeResponseNeedsNoBaselineSeverity() {
        assertThat(assess(context(null), count(SIX_MONTHS, 140.0, 2.0, 200.0, null))
                        .category())
                .isEqualTo(ResponseCategory.CR);
    }

    @Test
    void missingHemoglobinLeavesCompleteResponseUndecided() {
        ResponseAssessment a = assess(context(Severity.SAA), count(SIX_MONTHS, null, 2.0, 200.0, null));

        assertThat(a.category()).isEqualTo(ResponseCategory.NOT_ASSESSABLE);
        assertThat(a.explanation()).contains("hemoglobin missing");
    }

    @Test
    void transfusionDependenceIsNoResponseUnderBshToo() {
        CountSample transfused = new CountSample(SIX_MONTHS, 140.0, 2.0, 200.0, null, true, false, false);

        assertThat(assess(context(Severity.NSAA), transfused).category()).isEqualTo(ResponseCategory.NR);
    }
}
