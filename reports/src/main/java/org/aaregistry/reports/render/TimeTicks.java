package org.aaregistry.reports.render;

/**
 * Time-axis ticks for a plot without number-at-risk times: steps a clinician reads at a glance — days,
 * weeks, months, quarters, years — at most eight intervals from 0 to past the end of follow-up.
 */
final class TimeTicks {
    private static final double[] STEPS = {1, 2, 5, 7, 14, 30, 60, 90, 180, 365, 730, 1095, 1825, 3650, 7300};
    private static final int MAX_INTERVALS = 8;

    private TimeTicks() {}

    /** 0, step, 2·step, … up to the first multiple of the step at or after {@code end}. */
    static double[] covering(double end) {
        double step = STEPS[STEPS.length - 1];
        for (double candidate : STEPS) {
            if (Math.ceil(end / candidate) <= MAX_INTERVALS) {
                step = candidate;
                break;
            }
        }
        int intervals = Math.max(1, (int) Math.ceil(end / step));
        double[] ticks = new double[intervals + 1];
        for (int i = 0; i <= intervals; i++) {
            ticks[i] = i * step;
        }
        return ticks;
    }
}
