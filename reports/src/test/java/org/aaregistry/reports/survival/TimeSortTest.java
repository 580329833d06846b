package org.aaregistry.reports.survival;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.Random;
import org.junit.jupiter.api.Test;

class TimeSortTest {
    @Test
    void radixOrderAgreesWithArraysSortOnLargeRangesWithTiesAndExtremes() {
        Random random = new Random(20240601);
        double[] times = new double[100_000];
        for (int i = 0; i < times.length; i++) {
            times[i] = switch (i % 5) {
                case 0 -> Math.floor(random.nextDouble() * 3650) / 365.25; // days in years: many ties
                case 1 -> -Math.log(random.nextDouble()) * 10;
                case 2 -> random.nextDouble() * 1e300;
                case 3 -> Double.MIN_VALUE * random.nextInt(5);
                default -> 0.0;
            };
        }
        double[] expected = times.clone();
        Arrays.sort(expected);
        double[] sorted = times.clone();
        long[] keys = new long[times.length];
        long[] spare = new long[times.length];

        TimeSort.sort(sorted, 0, sorted.length, keys, spare);

        assertThat(sorted).containsExactly(expected);
    }

    @Test
    void sortsOnlyTheGivenRange() {
        double[] times = new double[10_000];
        for (int i = 0; i < times.length; i++) {
            times[i] = times.length - i;
        }
        long[] scratch = new long[times.length];

        TimeSort.sort(times, 100, 9_900, scratch, new long[times.length]);

        assertThat(times[0]).isEqualTo(10_000);
        assertThat(times[100]).isEqualTo(101);
        assertThat(times[9_899]).isEqualTo(9_900);
        assertThat(times[9_900]).isEqualTo(100);
    }
}
