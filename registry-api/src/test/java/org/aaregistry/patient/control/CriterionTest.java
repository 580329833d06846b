package org.aaregistry.patient.control;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CriterionTest {

    @Test
    void belowIsStrictAndSaysTheRelation() {
        assertThat(Criterion.below("ANC", 0.3, 0.5, "")).isEqualTo(new Criterion(CriterionStatus.MET, "ANC 0.3 < 0.5"));
        assertThat(Criterion.below("ANC", 0.5, 0.5, ""))
                .isEqualTo(new Criterion(CriterionStatus.NOT_MET, "ANC 0.5 ≥ 0.5"));
    }

    @Test
    void atLeastIncludesTheThreshold() {
        assertThat(Criterion.atLeast("platelets", 100.0, 100, "").status()).isEqualTo(CriterionStatus.MET);
        assertThat(Criterion.atLeast("platelets", 99.9, 100, "").description()).isEqualTo("platelets 99.9 < 100");
    }

    @Test
    void aboveExcludesTheThreshold() {
        assertThat(Criterion.above("ANC", 1.5, 1.5, "").description()).isEqualTo("ANC 1.5 ≤ 1.5");
        assertThat(Criterion.above("ANC", 1.51, 1.5, "").status()).isEqualTo(CriterionStatus.MET);
    }

    @Test
    void missingValueIsUnknown() {
        assertThat(Criterion.below("hemoglobin", null, 100, " g/L"))
                .isEqualTo(new Criterion(CriterionStatus.UNKNOWN, "hemoglobin missing"));
    }

    @Test
    void numbersAreWrittenAsAClinicianWritesThem() {
        assertThat(Criterion.number(10.0)).isEqualTo("10");
        assertThat(Criterion.number(0.3)).isEqualTo("0.3");
        assertThat(Criterion.number(150)).isEqualTo("150");
        assertThat(Criterion.below("cellularity", 10.0, 25, "%").description()).isEqualTo("cellularity 10% < 25%");
    }
}
