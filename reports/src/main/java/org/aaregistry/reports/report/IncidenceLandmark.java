package org.aaregistry.reports.report;

/**
 * The cumulative incidence at a landmark time: the last step at or before it (0 before the first
 * event). Every value is null after the group's last follow-up, where {@code cmprsk::timepoints} gives
 * NA; the limits are null where the incidence is 0 or 1.
 *
 * @param time days from the origin
 * @param estimate F(time)
 * @param stdErr Gray's standard error of F(time)
 * @param lower lower limit (log(−log) scale)
 * @param upper upper limit
 */
public record IncidenceLandmark(double time, Double estimate, Double stdErr, Double lower, Double upper) {}
