package org.aaregistry.labs.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class CountSampleTest {

    private static final LocalDate DAY = LocalDate.of(2024, 3, 1);

    @Test
    void redCellOrPlateletTransfusionMakesACountTransfused() {
        assertThat(new CountSample(DAY, 90.0, 1.0, 50.0, 40.0, true, false, false).transfused())
                .isTrue();
        assertThat(new CountSample(DAY, 90.0, 1.0, 50.0, 40.0, false, true, false).transfused())
                .isTrue();
        assertThat(new CountSample(DAY, 90.0, 1.0, 50.0, 40.0, false, false, true).transfused())
                .isFalse();
    }

    @Test
    void countsMayBeMissingButTheDateMayNot() {
        assertThat(new CountSample(DAY, null, null, null, null, false, false, false).anc())
                .isNull();
        assertThatNullPointerException()
                .isThrownBy(() -> new CountSample(null, 90.0, 1.0, 50.0, 40.0, false, false, false));
    }
}
