package org.aaregistry.web.page;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

/** How the report pages write estimates, intervals and tests: the way a paper would. */
class FormatTest {

    private final Format fmt = Format.INSTANCE;

    @Test
    void pValuesReadAsAStatementAndNeverAsAnEqualsFollowedByALessThan() {
        assertThat(fmt.p(0.03124)).isEqualTo("p = 0.0312");
        assertThat(fmt.p(new BigDecimal("0.0001"))).isEqualTo("p = 0.0001");
        assertThat(fmt.p(0.0000999)).isEqualTo("p < 0.0001");
        assertThat(fmt.p(0)).isEqualTo("p < 0.0001");
        assertThat(fmt.p(null)).isEqualTo("p not computed");
    }

    @Test
    void proportionsWithTheirIntervalAsPercentagesWithOneDecimal() {
        assertThat(fmt.pct(0.9465)).isEqualTo("94.7%");
        assertThat(fmt.pctCi(0.742, 0.657, 0.8384)).isEqualTo("74.2% (65.7–83.8)");
        assertThat(fmt.pctCi(0.5, 0.4, null)).isEqualTo("50.0% (40.0–NA)");
        assertThat(fmt.pct(null)).isEqualTo("—");
    }

    @Test
    void aMedianNeverReachedSaysSoAndKeepsAKnownLowerLimit() {
        assertThat(fmt.median(3540, 2310, null)).isEqualTo("3540 d (2310 d to —)");
        assertThat(fmt.median(null, null, null)).isEqualTo("not reached");
        assertThat(fmt.median(null, 1200, null)).isEqualTo("not reached (1200 d to —)");
    }

    @Test
    void recordedValuesLoseOnlyTheirColumnsTrailingZeros() {
        assertThat(fmt.plain(new BigDecimal("13.00"))).isEqualTo("13");
        assertThat(fmt.plain(new BigDecimal("0.370"))).isEqualTo("0.37");
        assertThat(fmt.plain(new BigDecimal("150"))).isEqualTo("150");
        assertThat(fmt.plain(null)).isEmpty();
    }

    @Test
    void landmarksInYearsWhenTheyAreWholeYears() {
        assertThat(fmt.landmark(365)).isEqualTo("1 year");
        assertThat(fmt.landmark(1825)).isEqualTo("5 years");
        assertThat(fmt.landmark(180)).isEqualTo("180 days");
    }
}
