package org.aaregistry.reports.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class PrintFormatTest {
    @Test
    void pValuesHaveThreeDecimalsAndLessThanOneThousandthBelow() {
        assertThat(PrintFormat.pValue(0.0653393220405051)).isEqualTo("p = 0.065");
        assertThat(PrintFormat.pValue(0.001)).isEqualTo("p = 0.001");
        assertThat(PrintFormat.pValue(0.000999)).isEqualTo("p < 0.001");
    }

    @Test
    void medianNotReachedPrintsNR() {
        assertThat(PrintFormat.medianDays(270.0, 212.0, 310.0)).isEqualTo("270 (212–310)");
        assertThat(PrintFormat.medianDays(31.0, 18.0, null)).isEqualTo("31 (18–NR)");
        assertThat(PrintFormat.medianDays(null, null, null)).isEqualTo("NR (NR–NR)");
        assertThat(PrintFormat.medianDays(22.5, 8.0, null)).isEqualTo("22.5 (8–NR)");
    }

    @Test
    void probabilitiesPrintAsPercentagesWithTheirInterval() {
        assertThat(PrintFormat.percentWithInterval(0.336, 0.26, 0.43)).isEqualTo("33.6 (26.0–43.0)");
        assertThat(PrintFormat.percentWithInterval(0.5, null, null)).isEqualTo("50.0");
        assertThat(PrintFormat.percentWithInterval(null, null, null)).isEqualTo("—");
    }

    @Test
    void measurementsKeepWholeNumbersWholeAndSmallCountsTwoDecimals() {
        assertThat(PrintFormat.medianWithQuartiles(41.0, 27.0, 59.0)).isEqualTo("41 (27–59)");
        assertThat(PrintFormat.medianWithQuartiles(40.5, 25.0, 55.75)).isEqualTo("40.5 (25–55.8)");
        assertThat(PrintFormat.medianWithQuartiles(0.375, 0.2, 0.59)).isEqualTo("0.38 (0.20–0.59)");
        assertThat(PrintFormat.countWithPercent(12, 34.28)).isEqualTo("12 (34.3%)");
    }

    @Test
    void generationTimeIsPrintedInUtc() {
        assertThat(PrintFormat.generatedAt(Instant.parse("2025-04-02T09:15:42Z")))
                .isEqualTo("2025-04-02 09:15 UTC");
    }
}
