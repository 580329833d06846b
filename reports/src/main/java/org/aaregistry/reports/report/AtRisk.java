package org.aaregistry.reports.report;

/**
 * The number at risk printed under a survival plot: patients followed for at least {@code time} days.
 */
public record AtRisk(double time, int n) {}
