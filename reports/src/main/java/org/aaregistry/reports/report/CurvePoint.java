package org.aaregistry.reports.report;

/**
 * One row of a Kaplan–Meier curve at a distinct follow-up time of the group.
 *
 * @param time days from the origin
 * @param atRisk patients followed for at least {@code time} (those censored at {@code time} included)
 * @param events events at {@code time}
 * @param censored censorings at {@code time}
 * @param survival S(time)
 * @param stdErr standard error of S (Greenwood), null once S reaches 0
 * @param lower lower confidence limit, null where the interval type is undefined
 * @param upper upper confidence limit, null where the interval type is undefined
 */
public record CurvePoint(
        double time,
        int atRisk,
        int events,
        int censored,
        double survival,
        Double stdErr,
        Double lower,
        Double upper) {}
