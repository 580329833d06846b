package org.aaregistry.patient.entity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SeverityRuleSetTest {

    @ParameterizedTest(name = "{0} {1}: < {2}")
    @CsvSource({
        "CAMITTA_60, MANUAL, 20",
        "CAMITTA_60, AUTOMATED, 60",
        "CAMITTA_50, MANUAL, 20",
        "CAMITTA_50, AUTOMATED, 50"
    })
    void reticulocyteCutoffDependsOnRuleSetAndMethod(
            SeverityRuleSet ruleSet, ReticulocyteMethod method, double cutoff) {
        assertThat(ruleSet.reticulocyteCutoff(method)).isEqualTo(cutoff);
    }

    @Test
    void defaultIsCamitta60() {
        assertThat(SeverityRuleSet.defaultRuleSet()).isEqualTo(SeverityRuleSet.CAMITTA_60);
    }

    @Test
    void cutoffNeedsAMethod() {
        assertThatNullPointerException().isThrownBy(() -> SeverityRuleSet.CAMITTA_60.reticulocyteCutoff(null));
    }

    @Test
    void onlySaaAndVsaaAreSevere() {
        assertThat(Severity.values())
                .filteredOn(Severity::isSevere)
                .containsExactlyInAnyOrder(Severity.SAA, Severity.VSAA);
    }
}
