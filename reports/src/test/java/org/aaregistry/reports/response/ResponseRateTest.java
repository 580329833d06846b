package org.aaregistry.reports.response;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class ResponseRateTest {
    private static final double Z2 = 1.959963984540054 * 1.959963984540054;

    @Test
    void noRespondersOfTenGivesUpperLimitZSquaredOverNPlusZSquared() {
        ResponseRate rate = ResponseRate.wilson(0, 10);

        assertThat(rate.estimate()).hasValue(0.0);
        assertThat(rate.lower()).hasValue(0.0);
        assertThat(rate.upper().getAsDouble()).isCloseTo(Z2 / (10 + Z2), within(1e-12));
        assertThat(rate.upper().getAsDouble())
                .isCloseTo(0.2775328, within(1e-7)); // R: prop.test(0, 10, correct = FALSE)
    }

    @Test
    void allRespondersOfTenGivesLowerLimitNOverNPlusZSquared() {
        ResponseRate rate = ResponseRate.wilson(10, 10);

        assertThat(rate.estimate()).hasValue(1.0);
        assertThat(rate.lower().getAsDouble()).isCloseTo(10 / (10 + Z2), within(1e-12));
        assertThat(rate.upper()).hasValue(1.0);
    }

    @Test
    void halfOfTenMatchesPropTest() {
        ResponseRate rate = ResponseRate.wilson(5, 10);

        assertThat(rate.estimate()).hasValue(0.5);
        assertThat(rate.lower().getAsDouble()).isCloseTo(0.2365931, within(1e-7));
        assertThat(rate.upper().getAsDouble()).isCloseTo(0.7634069, within(1e-7));
    }

    @Test
    void intervalForNonRespondersMirrorsIntervalForResponders() {
        ResponseRate responders = ResponseRate.wilson(3, 17);
        ResponseRate nonResponders = ResponseRate.wilson(14, 17);

        assertThat(responders.lower().getAsDouble())
                .isCloseTo(1 - nonResponders.upper().getAsDouble(), within(1e-12));
        assertThat(responders.upper().getAsDouble())
                .isCloseTo(1 - nonResponders.lower().getAsDouble(), within(1e-12));
    }

    @Test
    void higherLevelGivesWiderInterval() {
        ResponseRate ninetyFive = ResponseRate.wilson(7, 20);
        ResponseRate ninetyNine = ResponseRate.wilson(7, 20, 0.99);

        assertThat(ninetyNine.lower().getAsDouble())
                .isLessThan(ninetyFive.lower().getAsDouble());
        assertThat(ninetyNine.upper().getAsDouble())
                .isGreaterThan(ninetyFive.upper().getAsDouble());
    }

    @Test
    void noEvaluablePatientsGivesNoEstimate() {
        ResponseRate rate = ResponseRate.wilson(0, 0);

        assertThat(rate.estimate()).isEmpty();
        assertThat(rate.lower()).isEmpty();
        assertThat(rate.upper()).isEmpty();
    }

    @Test
    void rejectsImpossibleCounts() {
        assertThatThrownBy(() -> ResponseRate.wilson(11, 10)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> ResponseRate.wilson(-1, 10)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> ResponseRate.wilson(0, -1)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> ResponseRate.wilson(1, 2, 0)).hasMessageContaining("confidence level");
    }
}
