package org.aaregistry.reports.survival;

import java.util.OptionalDouble;

/**
 * One row of a Kaplan–Meier curve, at a distinct follow-up time of the group (an event time, a
 * censoring time or both) — a row of R's {@code survfit} object.
 *
 * @param time the follow-up time
 * @param atRisk patients followed for at least {@code time} (those censored at {@code time} included)
 * @param events events at {@code time}
 * @param censored censorings at {@code time}
 * @param survival the Kaplan–Meier estimate S(time), Π (1 − d/n) over event times ≤ {@code time}
 * @param standardErrorOfLog Greenwood standard error of log S, √Σ d / (n (n − d)) — R's {@code
 *     fit$std.err}; absent once S reaches 0
 * @param standardError standard error of S itself, S × the above (what R's {@code summary} prints)
 * @param lower lower confidence limit, absent where the interval type is undefined
 * @param upper upper confidence limit, absent where the interval type is undefined
 * @param cumulativeHazard the Nelson–Aalen estimate Σ d / n
 */
public record SurvivalStep(
        double time,
        int atRisk,
        int events,
        int censored,
        double survival,
        OptionalDouble standardErrorOfLog,
        OptionalDouble standardError,
        OptionalDouble lower,
        OptionalDouble upper,
        double cumulativeHazard) {}
