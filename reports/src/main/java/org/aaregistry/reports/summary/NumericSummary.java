package org.aaregistry.reports.summary;

import java.util.Arrays;
import java.util.OptionalDouble;

/**
 * Summary of a continuous baseline measurement (age, neutrophil count, …). Quartiles are R's default
 * {@code quantile(x, type = 7)}: with the n sorted values x₍₁₎…x₍ₙ₎, the p-quantile is x₍ⱼ₎ + g·(x₍ⱼ₊₁₎ −
 * x₍ⱼ₎) where h = (n − 1)p + 1, j = ⌊h⌋, g = h − j (Hyndman and Fan 1996, definition 7). Every
 * statistic but the standard deviation is absent when no value is present; the standard deviation
 * (denominator n − 1) needs two.
 *
 * @param n values present
 * @param missing values missing ({@link Double#NaN})
 * @param median the median
 * @param firstQuartile the 25th percentile
 * @param thirdQuartile the 75th percentile
 * @param minimum the smallest value
 * @param maximum the largest value
 * @param mean the arithmetic mean
 * @param standardDeviation the sample standard deviation
 */
public record NumericSummary(
        int n,
        int missing,
        OptionalDouble median,
        OptionalDouble firstQuartile,
        OptionalDouble thirdQuartile,
        OptionalDouble minimum,
        OptionalDouble maximum,
        OptionalDouble mean,
        OptionalDouble standardDeviation) {

    /**
     * @param values one per patient; {@link Double#NaN} marks a missing value
     * @throws IllegalArgumentException if a value is infinite
     */
    public static NumericSummary of(double[] values) {
        double[] present = new double[values.length];
        int n = 0;
        for (int i = 0; i < values.length; i++) {
            if (Double.isInfinite(values[i])) {
                throw new IllegalArgumentException("value[" + i + "] is infinite");
            }
            if (!Double.isNaN(values[i])) {
                present[n++] = values[i];
            }
        }
        int missing = values.length - n;
        if (n == 0) {
            OptionalDouble none = OptionalDouble.empty();
            return new NumericSummary(0, missing, none, none, none, none, none, none, none);
        }
        double[] sorted = Arrays.copyOf(present, n);
        Arrays.sort(sorted);
        return new NumericSummary(
                n,
                missing,
                OptionalDouble.of(quantile(sorted, 0.5)),
                OptionalDouble.of(quantile(sorted, 0.25)),
                OptionalDouble.of(quantile(sorted, 0.75)),
                OptionalDouble.of(sorted[0]),
                OptionalDouble.of(sorted[n - 1]),
                OptionalDouble.of(mean(sorted)),
                n > 1 ? OptionalDouble.of(standardDeviation(sorted)) : OptionalDouble.empty());
    }

    /** R's quantile type 7 of sorted, non-empty values. */
    static double quantile(double[] sorted, double p) {
        double h = (sorted.length - 1) * p;
        int j = (int) Math.floor(h);
        double g = h - j;
        return j + 1 < sorted.length ? sorted[j] + g * (sorted[j + 1] - sorted[j]) : sorted[j];
    }

    private static double mean(double[] values) {
        double sum = 0;
        for (double v : values) {
            sum += v;
        }
        return sum / values.length;
    }

    /** Two-pass: subtracting the mean first avoids the cancellation of Σx² − n·mean². */
    private static double standardDeviation(double[] values) {
        double mean = mean(values);
        double squares = 0;
        for (double v : values) {
            squares += (v - mean) * (v - mean);
        }
        return Math.sqrt(squares / (values.length - 1));
    }

    /** The interquartile range, third minus first quartile. */
    public OptionalDouble interquartileRange() {
        return n == 0
                ? OptionalDouble.empty()
                : OptionalDouble.of(thirdQuartile.getAsDouble() - firstQuartile.getAsDouble());
    }
}
