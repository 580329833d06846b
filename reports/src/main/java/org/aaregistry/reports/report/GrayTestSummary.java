package org.aaregistry.reports.report;

/** Gray's k-sample test of equal cumulative incidence: chi-square on {@code df} degrees of freedom. */
public record GrayTestSummary(double statistic, int df, double p) {}
