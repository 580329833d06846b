package org.aaregistry.reports.summary;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class NumericSummaryTest {
    @Test
    void quartilesOfOneToTenFollowRType7() {
        NumericSummary summary = NumericSummary.of(new double[] {7, 1, 10, 3, 5, 2, 9, 4, 8, 6});

        // h = 9p: 2.25 → 3 + 0.25, 4.5 → 5 + 0.5, 6.75 → 7 + 0.75
        assertThat(summary.firstQuartile()).hasValue(3.25);
        assertThat(summary.median()).hasValue(5.5);
        assertThat(summary.thirdQuartile()).hasValue(7.75);
        assertThat(summary.interquartileRange()).hasValue(4.5);
        assertThat(summary.minimum()).hasValue(1.0);
        assertThat(summary.maximum()).hasValue(10.0);
    }

    @Test
    void quartilesOfFourValuesInterpolateBetweenNeighbours() {
        NumericSummary summary = NumericSummary.of(new double[] {4, 1, 3, 2});

        assertThat(summary.firstQuartile()).hasValue(1.75);
        assertThat(summary.median()).hasValue(2.5);
        assertThat(summary.thirdQuartile()).hasValue(3.25);
    }

    @Test
    void missingValuesAreCountedAndLeftOut() {
        NumericSummary summary = NumericSummary.of(new double[] {Double.NaN, 3, 1, Double.NaN});

        assertThat(summary.n()).isEqualTo(2);
        assertThat(summary.missing()).isEqualTo(2);
        assertThat(summary.median()).hasValue(2.0);
        assertThat(summary.firstQuartile()).hasValue(1.5);
        assertThat(summary.mean()).hasValue(2.0);
    }

    @Test
    void standardDeviationUsesNMinusOne() {
        NumericSummary summary = NumericSummary.of(new double[] {2, 4, 4, 4, 5, 5, 7, 9});

        assertThat(summary.mean()).hasValue(5.0);
        assertThat(summary.standardDeviation().getAsDouble()).isCloseTo(Math.sqrt(32.0 / 7), within(1e-12));
    }

    @Test
    void singleValueIsEveryPercentileButHasNoStandardDeviation() {
        NumericSummary summary = NumericSummary.of(new double[] {42});

        assertThat(summary.firstQuartile()).hasValue(42.0);
        assertThat(summary.median()).hasValue(42.0);
        assertThat(summary.thirdQuartile()).hasValue(42.0);
        assertThat(summary.standardDeviation()).isEmpty();
    }

    @Test
    void allMissingGivesCountsOnly() {
        NumericSummary summary = NumericSummary.of(new double[] {Double.NaN, Double.NaN});

        assertThat(summary.n()).isZero();
        assertThat(summary.missing()).isEqualTo(2);
        assertThat(summary.median()).isEmpty();
        assertThat(summary.mean()).isEmpty();
        assertThat(summary.interquartileRange()).isEmpty();
    }

    @Test
    void rejectsInfiniteValues() {
        assertThatThrownBy(() -> NumericSummary.of(new double[] {1, Double.NEGATIVE_INFINITY}))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("value[1]");
    }
}
