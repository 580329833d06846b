package org.aaregistry.reports.render;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TimeTicksTest {
    @Test
    void sixYearsOfFollowUpTickEveryYearInDays() {
        assertThat(TimeTicks.covering(2430)).containsExactly(0, 365, 730, 1095, 1460, 1825, 2190, 2555);
    }

    @Test
    void aFewMonthsTickEveryThirtyDays() {
        assertThat(TimeTicks.covering(161)).containsExactly(0, 30, 60, 90, 120, 150, 180);
    }

    @Test
    void noFollowUpStillHasAnAxis() {
        assertThat(TimeTicks.covering(0)).containsExactly(0, 1);
    }
}
