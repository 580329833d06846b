package org.aaregistry.reports.survival;

import java.util.OptionalDouble;

/**
 * A percentile of survival time — the median for {@code probability} 0.5 — with its confidence limits,
 * as R's {@code quantile.survfit}: the time at which the curve falls to 1 − {@code probability}, and
 * the times at which the lower and upper confidence curves do. Absent where the curve never gets there
 * (for example the median when fewer than half the patients had the event).
 *
 * @param probability the proportion of patients with the event by that time (0.25, 0.5, 0.75)
 * @param time the percentile
 * @param lower its lower confidence limit (from the lower confidence curve)
 * @param upper its upper confidence limit (from the upper confidence curve)
 */
public record SurvivalQuantile(double probability, OptionalDouble time, OptionalDouble lower, OptionalDouble upper) {}
