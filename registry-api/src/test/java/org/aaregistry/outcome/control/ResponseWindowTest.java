package org.aaregistry.outcome.control;

import static org.aaregistry.outcome.control.ResponseFixtures.SIX_MONTHS;
import static org.aaregistry.outcome.control.ResponseFixtures.complete;
import static org.aaregistry.outcome.control.ResponseFixtures.context;
import static org.aaregistry.outcome.control.ResponseFixtures.none;
import static org.aaregistry.outcome.control.ResponseFixtures.partial;
import static org.aaregistry.outcome.control.ResponseFixtures.transplantedOn;
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

class ResponseWindowTest {

    private static ResponseAssessment atSixMonths(ResponseContext ctx, CountSample... counts) {
        return ResponseRules.assess(ctx, List.of(counts), TimePoint.MONTH_6, ResponseRuleSet.NIH);
    }

    private static ResponseAssessment atSixMonths(CountSample... counts) {
        return atSixMonths(context(Severity.SAA), counts);
    }

    private static CountSample transfusedRbc(LocalDate date) {
        return new CountSample(date, 140.0, 2.0, 200.0, 80.0, true, false, false);
    }

    private static CountSample transfusedPlatelets(LocalDate date) {
        return new CountSample(date, 140.0, 2.0, 200.0, 80.0, false, true, false);
    }

    private static CountSample onGcsf(LocalDate date) {
        return new CountSample(date, 140.0, 2.0, 200.0, 80.0, false, false, true);
    }

    @ParameterizedTest(name = "{0} + {1} months: target {2}, window {3} to {4}")
    @CsvSource({
        "2024-01-15, MONTH_3, 2024-04-15, 2024-03-15, 2024-05-15",
        "2024-01-15, MONTH_6, 2024-07-15, 2024-06-15, 2024-08-15",
        "2024-01-15, MONTH_12, 2025-01-15, 2024-12-15, 2025-02-15",
        "2024-01-31, MONTH_3, 2024-04-30, 2024-03-30, 2024-05-30",
        "2023-08-31, MONTH_6, 2024-02-29, 2024-01-29, 2024-03-29"
    })
    void windowIsTargetDatePlusOrMinusOneCalendarMonth(
            LocalDate start, TimePoint point, LocalDate target, LocalDate from, LocalDate to) {
        ResponseWindow window = ResponseWindow.of(start, point);

        assertThat(window.target()).isEqualTo(target);
        assertThat(window.from()).isEqualTo(from);
        assertThat(window.to()).isEqualTo(to);
    }

    @ParameterizedTest(name = "count on {0} -> {1}")
    @CsvSource({"2024-06-14, NOT_ASSESSABLE", "2024-06-15, CR", "2024-08-15, CR", "2024-08-16, NOT_ASSESSABLE"})
    void windowEdgesAreInclusive(LocalDate date, ResponseCategory expected) {
        assertThat(atSixMonths(complete(date)).category()).isEqualTo(expected);
    }

    @Test
    void noCountsInTheWindowIsNotAssessable() {
        ResponseAssessment a = atSixMonths(complete(LocalDate.of(2024, 4, 15)));

        assertThat(a.category()).isEqualTo(ResponseCategory.NOT_ASSESSABLE);
        assertThat(a.countDate()).isNull();
        assertThat(a.explanation()).contains("no blood counts from 2024-06-15 to 2024-08-15");
    }

    @Test
    void noCountsAtAllIsNotAssessable() {
        assertThat(atSixMonths().category()).isEqualTo(ResponseCategory.NOT_ASSESSABLE);
    }

    @Test
    void nearestQualifyingCountToTheTargetDecides() {
        ResponseAssessment a = atSixMonths(none(LocalDate.of(2024, 7, 1)), complete(LocalDate.of(2024, 7, 20)));

        assertThat(a.category()).isEqualTo(ResponseCategory.CR);
        assertThat(a.countDate()).isEqualTo(LocalDate.of(2024, 7, 20));
        assertThat(a.timePoint()).isEqualTo(TimePoint.MONTH_6);
    }

    @Test
    void equallyNearCountsGoToTheEarlier() {
        ResponseAssessment a = atSixMonths(complete(LocalDate.of(2024, 7, 20)), none(LocalDate.of(2024, 7, 10)));

        assertThat(a.category()).isEqualTo(ResponseCategory.NR);
        assertThat(a.countDate()).isEqualTo(LocalDate.of(2024, 7, 10));
    }

    @Test
    void transfusedAndGcsfCountsAreSkippedForAFartherQualifyingOne() {
        ResponseAssessment a = atSixMonths(
                transfusedRbc(SIX_MONTHS),
                transfusedPlatelets(LocalDate.of(2024, 7, 16)),
                onGcsf(LocalDate.of(2024, 7, 14)),
                partial(LocalDate.of(2024, 6, 20)));

        assertThat(a.category()).isEqualTo(ResponseCategory.PR);
        assertThat(a.countDate()).isEqualTo(LocalDate.of(2024, 6, 20));
    }

    @Test
    void onlyTransfusedCountsMeanNoResponse() {
        ResponseAssessment a =
                atSixMonths(transfusedRbc(LocalDate.of(2024, 7, 10)), transfusedPlatelets(LocalDate.of(2024, 7, 20)));

        assertThat(a.category()).isEqualTo(ResponseCategory.NR);
        assertThat(a.countDate()).isEqualTo(LocalDate.of(2024, 7, 10));
        assertThat(a.explanation()).contains("transfusion dependent");
    }

    @Test
    void transfusedCountsOnGcsfStillShowTransfusionDependence() {
        CountSample both = new CountSample(SIX_MONTHS, 140.0, 2.0, 200.0, 80.0, true, false, true);

        assertThat(atSixMonths(both).category()).isEqualTo(ResponseCategory.NR);
    }

    @Test
    void onlyGcsfCountsAreNotAssessable() {
        ResponseAssessment a = atSixMonths(onGcsf(SIX_MONTHS), onGcsf(LocalDate.of(2024, 7, 1)));

        assertThat(a.category()).isEqualTo(ResponseCategory.NOT_ASSESSABLE);
        assertThat(a.countDate()).isNull();
        assertThat(a.explanation()).contains("G-CSF");
    }

    @Test
    void gcsfAndTransfusedCountsTogetherAreNotAssessable() {
        ResponseAssessment a = atSixMonths(onGcsf(SIX_MONTHS), transfusedRbc(LocalDate.of(2024, 7, 1)));

        assertThat(a.category()).isEqualTo(ResponseCategory.NOT_ASSESSABLE);
    }

    @Test
    void transplantBeforeTheTimePointIsNotAssessable() {
        ResponseAssessment a = atSixMonths(transplantedOn(LocalDate.of(2024, 5, 1)), complete(SIX_MONTHS));

        assertThat(a.category()).isEqualTo(ResponseCategory.NOT_ASSESSABLE);
        assertThat(a.countDate()).isNull();
        assertThat(a.explanation()).contains("transplanted before the time point");
    }

    @Test
    void transplantOnTheTargetDateIsNotAssessable() {
        ResponseAssessment a = atSixMonths(transplantedOn(SIX_MONTHS), complete(LocalDate.of(2024, 7, 1)));

        assertThat(a.category()).isEqualTo(ResponseCategory.NOT_ASSESSABLE);
        assertThat(a.explanation()).contains("transplanted before the time point");
    }

    @Test
    void transplantAfterTheTargetDateLeavesEarlierCountsAndIgnoresLaterOnes() {
        ResponseContext ctx = transplantedOn(LocalDate.of(2024, 7, 16));

        ResponseAssessment a = atSixMonths(ctx, partial(LocalDate.of(2024, 7, 1)), complete(LocalDate.of(2024, 7, 16)));

        assertThat(a.category()).isEqualTo(ResponseCategory.PR);
        assertThat(a.countDate()).isEqualTo(LocalDate.of(2024, 7, 1));
    }

    @Test
    void onlyCountsFromTheTransplantOnAreNotAssessable() {
        ResponseContext ctx = transplantedOn(LocalDate.of(2024, 7, 16));

        assertThat(atSixMonths(ctx, complete(LocalDate.of(2024, 7, 20))).category())
                .isEqualTo(ResponseCategory.NOT_ASSESSABLE);
    }

    @Test
    void transplantAfterTheWindowDoesNotMatter() {
        assertThat(atSixMonths(transplantedOn(LocalDate.of(2024, 10, 1)), complete(SIX_MONTHS))
                        .category())
                .isEqualTo(ResponseCategory.CR);
    }

    @Test
    void noRuleSetMeansNih() {
        ResponseAssessment a =
                ResponseRules.assess(context(Severity.SAA), List.of(complete(SIX_MONTHS)), TimePoint.MONTH_6, null);

        assertThat(a.ruleSet()).isEqualTo(ResponseRuleSet.NIH);
    }

    @Test
    void twelveMonthsUsesItsOwnWindow() {
        List<CountSample> counts = List.of(complete(LocalDate.of(2025, 1, 20)), none(SIX_MONTHS));

        ResponseAssessment a = ResponseRules.assess(context(Severity.SAA), counts, TimePoint.MONTH_12, null);

        assertThat(a.category()).isEqualTo(ResponseCategory.CR);
        assertThat(a.explanation()).startsWith("12 months (NIH)");
    }
}
