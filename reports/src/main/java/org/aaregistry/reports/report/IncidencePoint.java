package org.aaregistry.reports.report;

/**
 * A step of a cumulative incidence curve: the incidence from {@code time} on.
 *
 * @param time a time the event occurred, days from the origin
 * @param estimate F(time)
 * @param stdErr Gray's standard error of F(time)
 * @param lower lower limit, null where F is 0 or 1
 * @param upper upper limit, null where F is 0 or 1
 */
public record IncidencePoint(double time, double estimate, Double stdErr, Double lower, Double upper) {}
