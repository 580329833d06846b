package org.aaregistry.transplant.entity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class ChimerismLevelTest {

    @ParameterizedTest(name = "donor {0}% -> {1}")
    @CsvSource({
        "100, FULL",
        "95.1, FULL",
        "95, FULL",
        "94.9, MIXED",
        "50, MIXED",
        "5.1, MIXED",
        "5, MIXED",
        "4.9, LOST",
        "0, LOST"
    })
    void fullFrom95MixedFrom5LostBelow5(double donorPercent, ChimerismLevel expected) {
        assertThat(ChimerismLevel.of(donorPercent)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "donor {0}% is refused")
    @ValueSource(doubles = {-0.1, 100.1, Double.NaN})
    void percentagesOutside0To100AreRefused(double donorPercent) {
        assertThatIllegalArgumentException().isThrownBy(() -> ChimerismLevel.of(donorPercent));
    }
}
