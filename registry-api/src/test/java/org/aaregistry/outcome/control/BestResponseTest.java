package org.aaregistry.outcome.control;

import static org.aaregistry.outcome.control.ResponseFixtures.START;
import static org.aaregistry.outcome.control.ResponseFixtures.complete;
import static org.aaregistry.outcome.control.ResponseFixtures.context;
import static org.aaregistry.outcome.control.ResponseFixtures.none;
import static org.aaregistry.outcome.control.ResponseFixtures.partial;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.time.LocalDate;
import java.util.List;
import org.aaregistry.labs.control.CountSample;
import org.aaregistry.outcome.entity.ResponseCategory;
import org.aaregistry.outcome.entity.ResponseRuleSet;
import org.aaregistry.outcome.entity.TimePoint;
import org.aaregistry.patient.entity.Severity;
import org.junit.jupiter.api.Test;

class BestResponseTest {

    private static final ResponseRuleSet NIH = ResponseRuleSet.NIH;

    private static ResponseAssessment at(TimePoint point, ResponseCategory category, LocalDate countDate) {
        return new ResponseAssessment(point, NIH, category, countDate, "test");
    }

    @Test
    void bestIsTheHighestCategoryWithItsCountDate() {
        LocalDate sixMonthCount = LocalDate.of(2024, 7, 10);

        ResponseAssessment best = ResponseRules.best(
                List.of(
                        at(TimePoint.MONTH_3, ResponseCategory.PR, LocalDate.of(2024, 4, 10)),
                        at(TimePoint.MONTH_6, ResponseCategory.CR, sixMonthCount),
                        at(TimePoint.MONTH_12, ResponseCategory.NR, LocalDate.of(2025, 1, 10))),
                NIH);

        assertThat(best.category()).isEqualTo(ResponseCategory.CR);
        assertThat(best.countDate()).isEqualTo(sixMonthCount);
        assertThat(best.timePoint()).isNull();
        assertThat(best.ruleSet()).isEqualTo(NIH);
        assertThat(best.explanation()).contains("CR", "6 months");
    }

    @Test
    void notAssessableTimePointsDoNotCount() {
        ResponseAssessment best = ResponseRules.best(
                List.of(
                        at(TimePoint.MONTH_3, ResponseCategory.NOT_ASSESSABLE, null),
                        at(TimePoint.MONTH_6, ResponseCategory.NR, LocalDate.of(2024, 7, 10))),
                NIH);

        assertThat(best.category()).isEqualTo(ResponseCategory.NR);
        assertThat(best.countDate()).isEqualTo(LocalDate.of(2024, 7, 10));
    }

    @Test
    void equallyGoodResponsesGoToTheEarliestTimePoint() {
        ResponseAssessment best = ResponseRules.best(
                List.of(
                        at(TimePoint.MONTH_12, ResponseCategory.PR, LocalDate.of(2025, 1, 10)),
                        at(TimePoint.MONTH_3, ResponseCategory.PR, LocalDate.of(2024, 4, 10))),
                NIH);

        assertThat(best.countDate()).isEqualTo(LocalDate.of(2024, 4, 10));
    }

    @Test
    void noAssessableTimePointIsNotAssessable() {
        ResponseAssessment best = ResponseRules.best(
                List.of(
                        at(TimePoint.MONTH_3, ResponseCategory.NOT_ASSESSABLE, null),
                        at(TimePoint.MONTH_6, ResponseCategory.NOT_ASSESSABLE, null)),
                NIH);

        assertThat(best.category()).isEqualTo(ResponseCategory.NOT_ASSESSABLE);
        assertThat(best.countDate()).isNull();
        assertThat(best.timePoint()).isNull();
    }

    @Test
    void noTimePointsIsNotAssessable() {
        assertThat(ResponseRules.best(List.of(), ResponseRuleSet.RACE))
                .extracting(ResponseAssessment::category, ResponseAssessment::ruleSet)
                .containsExactly(ResponseCategory.NOT_ASSESSABLE, ResponseRuleSet.RACE);
    }

    @Test
    void assessmentsOfAnotherRuleSetAreRefused() {
        List<ResponseAssessment> nih = List.of(at(TimePoint.MONTH_3, ResponseCategory.CR, LocalDate.of(2024, 4, 10)));

        assertThatIllegalArgumentException().isThrownBy(() -> ResponseRules.best(nih, ResponseRuleSet.BSH));
    }

    @Test
    void bestOfDerivedTimePoints() {
        List<CountSample> counts =
                List.of(none(START.plusMonths(3)), complete(START.plusMonths(6)), partial(START.plusMonths(12)));
        ResponseContext ctx = context(Severity.SAA);

        List<ResponseAssessment> points = List.of(TimePoint.values()).stream()
                .map(p -> ResponseRules.assess(ctx, counts, p, NIH))
                .toList();

        assertThat(points)
                .extracting(ResponseAssessment::category)
                .containsExactly(ResponseCategory.NR, ResponseCategory.CR, ResponseCategory.PR);
        assertThat(ResponseRules.best(points, NIH).countDate()).isEqualTo(START.plusMonths(6));
    }
}
