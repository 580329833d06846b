package org.aaregistry.reports.survival;

import java.util.Arrays;

/**
 * Where a horizontal line at 1 − p crosses a step curve — R's {@code findq} (survival 3.5-3,
 * quantile.survfit.R), on which {@code quantile.survfit} builds both the percentile and its limits.
 *
 * <p>R works on the cumulative distribution y = 1 − curve, prefixed with (start time, 0), drops
 * repeated y values (censoring rows) and {@code NA}s, and calls {@code approx(y ± tol, index, p,
 * method = "constant", f = 1)}: the index of the smallest knot at or above p, after sorting the knots
 * by value. Sorting matters only when the curve is not monotone, which happens to confidence limits
 * (the log-scale upper limit rises again when the standard error jumps); there R's answer differs from
 * the first crossing — aml, log interval, median upper limit 48 rather than 45. The percentile is the
 * mean of the times found with +tol and −tol, so a curve lying exactly at 1 − p over a stretch gives
 * the midpoint of the stretch (the textbook median rule); a stretch at the very end of the curve ends
 * at the last follow-up time.
 */
final class CurveCrossing {
    /** R's default {@code tolerance = sqrt(.Machine$double.eps)}. */
    static final double TOLERANCE = Math.sqrt(Math.ulp(1.0));

    private CurveCrossing() {}

    /**
     * @param start the time the curve starts (0)
     * @param time the curve's times, ascending
     * @param curve its values (survival, or a confidence limit); NaN where R has {@code NA}
     * @param probabilities the probabilities sought, asked together
     * @return the crossing time for each probability, NaN where the curve does not get there
     */
    static double[] find(double start, double[] time, double[] curve, double[] probabilities) {
        double[] result = new double[probabilities.length];
        Knots knots = new Knots(curve, probabilities);
        double smallestP = Arrays.stream(probabilities).min().orElse(Double.POSITIVE_INFINITY);
        if (knots.maxY < smallestP) {
            Arrays.fill(result, Double.NaN);
            return result;
        }
        double xmax = curve.length > 0 ? time[curve.length - 1] : start;
        double lastY = lastDistinctY(curve);
        for (int q = 0; q < probabilities.length; q++) {
            double p = probabilities[q];
            // approx(…, rule = 1) gives NA below the smallest knot
            int first = p < knots.minY + TOLERANCE ? -1 : knots.above[q];
            int second = p < knots.minY - TOLERANCE ? -1 : knots.below[q];
            result[q] = (x(start, time, first) + x(start, time, second)) / 2;
            if (p == 0) {
                result[q] = start;
            }
            if (!Double.isNaN(lastY) && Math.abs(p - lastY) < TOLERANCE) {
                result[q] = (x(start, time, first) + xmax) / 2;
            }
        }
        return result;
    }

    /**
     * One pass over the knots for all probabilities: for each, the index of the smallest y + tol (and
     * y − tol) at or above p — the first among equal values, as R keeps the first of duplicated y — or
     * -1; and the range of y, NAs left out.
     */
    private static final class Knots {
        final int[] above;
        final int[] below;
        double minY = Double.POSITIVE_INFINITY;
        double maxY = Double.NEGATIVE_INFINITY;

        Knots(double[] curve, double[] probabilities) {
            int targets = probabilities.length;
            above = new int[targets];
            below = new int[targets];
            Arrays.fill(above, -1);
            Arrays.fill(below, -1);
            double[] aboveKnot = new double[targets];
            double[] belowKnot = new double[targets];
            Arrays.fill(aboveKnot, Double.POSITIVE_INFINITY);
            Arrays.fill(belowKnot, Double.POSITIVE_INFINITY);
            for (int j = 0; j <= curve.length; j++) {
                double y = y(curve, j);
                if (Double.isNaN(y)) {
                    continue;
                }
                minY = Math.min(minY, y);
                maxY = Math.max(maxY, y);
                for (int q = 0; q < targets; q++) {
                    double p = probabilities[q];
                    if (y + TOLERANCE >= p && y + TOLERANCE < aboveKnot[q]) {
                        above[q] = j;
                        aboveKnot[q] = y + TOLERANCE;
                    }
                    if (y - TOLERANCE >= p && y - TOLERANCE < belowKnot[q]) {
                        below[q] = j;
                        belowKnot[q] = y - TOLERANCE;
                    }
                }
            }
        }
    }

    /** y at index j of R's vector c(0, 1 - curve). */
    private static double y(double[] curve, int j) {
        return j == 0 ? 0 : 1 - curve[j - 1];
    }

    private static double x(double start, double[] time, int j) {
        if (j < 0) {
            return Double.NaN;
        }
        return j == 0 ? start : time[j - 1];
    }

    /** The last element of R's y[!duplicated(y)]: the last value (NA included) not seen earlier. */
    private static double lastDistinctY(double[] curve) {
        int j = curve.length;
        while (j > 0 && seenBefore(curve, j)) {
            j--;
        }
        return y(curve, j);
    }

    private static boolean seenBefore(double[] curve, int j) {
        double value = y(curve, j);
        // Backwards: a repeat is usually the neighbouring censoring row, found at once.
        for (int k = j - 1; k >= 0; k--) {
            double earlier = y(curve, k);
            if (earlier == value || (Double.isNaN(earlier) && Double.isNaN(value))) {
                return true;
            }
        }
        return false;
    }
}
