package org.aaregistry.outcome.entity;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ResponseVocabularyTest {

    @Test
    void completeBeatsPartialBeatsNoResponseBeatsNotAssessable() {
        assertThat(ResponseCategory.CR.isBetterThan(ResponseCategory.PR)).isTrue();
        assertThat(ResponseCategory.PR.isBetterThan(ResponseCategory.NR)).isTrue();
        assertThat(ResponseCategory.NR.isBetterThan(ResponseCategory.NOT_ASSESSABLE))
                .isTrue();
        assertThat(ResponseCategory.NR.isBetterThan(ResponseCategory.PR)).isFalse();
        assertThat(ResponseCategory.CR.rank()).isGreaterThan(ResponseCategory.PR.rank());
    }

    @Test
    void timePointsAreThreeSixAndTwelveMonths() {
        assertThat(TimePoint.MONTH_3.months()).isEqualTo(3);
        assertThat(TimePoint.MONTH_6.months()).isEqualTo(6);
        assertThat(TimePoint.MONTH_12.months()).isEqualTo(12);
    }

    @Test
    void defaultResponseRuleSetIsNih() {
        assertThat(ResponseRuleSet.defaultRuleSet()).isEqualTo(ResponseRuleSet.NIH);
    }
}
