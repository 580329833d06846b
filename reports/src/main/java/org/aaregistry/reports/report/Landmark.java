package org.aaregistry.reports.report;

/**
 * Survival at a landmark time (one, two or five years, say), as R's {@code summary(fit, times = time)}:
 * the estimate of the last curve point at or before the time (1 before the first). Every value is null
 * after the group's last follow-up, where R reports nothing.
 *
 * @param time the landmark, in days from the origin
 * @param survival S(time)
 * @param stdErr Greenwood standard error of S (not of log S), as R's {@code summary} prints it
 * @param lower lower confidence limit
 * @param upper upper confidence limit
 */
public record Landmark(double time, Double survival, Double stdErr, Double lower, Double upper) {}
