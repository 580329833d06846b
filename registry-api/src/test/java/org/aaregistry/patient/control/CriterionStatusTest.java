package org.aaregistry.patient.control;

import static org.aaregistry.patient.control.CriterionStatus.MET;
import static org.aaregistry.patient.control.CriterionStatus.NOT_MET;
import static org.aaregistry.patient.control.CriterionStatus.UNKNOWN;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CriterionStatusTest {

    @ParameterizedTest(name = "{0}, {1}, {2} -> {3}")
    @CsvSource({
        "MET, MET, MET, MET",
        "MET, MET, NOT_MET, MET",
        "MET, MET, UNKNOWN, MET",
        "MET, NOT_MET, NOT_MET, NOT_MET",
        "MET, NOT_MET, UNKNOWN, UNKNOWN",
        "MET, UNKNOWN, UNKNOWN, UNKNOWN",
        "NOT_MET, NOT_MET, NOT_MET, NOT_MET",
        "NOT_MET, NOT_MET, UNKNOWN, NOT_MET",
        "NOT_MET, UNKNOWN, UNKNOWN, UNKNOWN",
        "UNKNOWN, UNKNOWN, UNKNOWN, UNKNOWN",
        "UNKNOWN, MET, MET, MET",
        "NOT_MET, UNKNOWN, NOT_MET, NOT_MET"
    })
    void atLeastTwoOfThreeDecidesOnlyWhenTheUnknownCannotChangeIt(
            CriterionStatus a, CriterionStatus b, CriterionStatus c, CriterionStatus expected) {
        assertThat(CriterionStatus.atLeastTwoOf(a, b, c)).isEqualTo(expected);
    }

    @Test
    void allOfFailsOnAnyFailureAndIsOpenOnAnyUnknown() {
        assertThat(CriterionStatus.allOf(MET, MET, MET)).isEqualTo(MET);
        assertThat(CriterionStatus.allOf(MET, UNKNOWN, MET)).isEqualTo(UNKNOWN);
        assertThat(CriterionStatus.allOf(UNKNOWN, NOT_MET, MET)).isEqualTo(NOT_MET);
    }

    @Test
    void anyOfHoldsOnAnySuccessAndIsOpenOnAnyUnknown() {
        assertThat(CriterionStatus.anyOf(NOT_MET, NOT_MET)).isEqualTo(NOT_MET);
        assertThat(CriterionStatus.anyOf(NOT_MET, UNKNOWN)).isEqualTo(UNKNOWN);
        assertThat(CriterionStatus.anyOf(UNKNOWN, MET)).isEqualTo(MET);
    }

    @Test
    void negationKeepsUnknown() {
        assertThat(MET.not()).isEqualTo(NOT_MET);
        assertThat(NOT_MET.not()).isEqualTo(MET);
        assertThat(UNKNOWN.not()).isEqualTo(UNKNOWN);
    }
}
