package org.aaregistry.reports.summary;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.OptionalDouble;
import org.junit.jupiter.api.Test;

class CategoricalSummaryTest {
    private static final List<String> AETIOLOGY = List.of("idiopathic", "hepatitis", "drug", "inherited");

    @Test
    void percentagesAreOfPatientsWithAKnownCategory() {
        int m = CategoricalSummary.MISSING;
        CategoricalSummary summary = CategoricalSummary.of(new int[] {0, 1, 0, m, 2, 0}, AETIOLOGY);

        assertThat(summary.n()).isEqualTo(5);
        assertThat(summary.missing()).isEqualTo(1);
        assertThat(summary.categories()).extracting(CategoryCount::category).isEqualTo(AETIOLOGY);
        assertThat(summary.categories()).extracting(CategoryCount::count).containsExactly(3, 1, 1, 0);
        assertThat(summary.categories())
                .extracting(CategoryCount::percent)
                .containsExactly(
                        OptionalDouble.of(60.0),
                        OptionalDouble.of(20.0),
                        OptionalDouble.of(20.0),
                        OptionalDouble.of(0.0));
    }

    @Test
    void allMissingGivesNoPercentages() {
        CategoricalSummary summary = CategoricalSummary.of(new int[] {-1, -1}, AETIOLOGY);

        assertThat(summary.n()).isZero();
        assertThat(summary.missing()).isEqualTo(2);
        assertThat(summary.categories()).allSatisfy(c -> assertThat(c.percent()).isEmpty());
    }

    @Test
    void rejectsUnknownCode() {
        assertThatThrownBy(() -> CategoricalSummary.of(new int[] {0, 4}, AETIOLOGY))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("code[1] is 4");
    }
}
