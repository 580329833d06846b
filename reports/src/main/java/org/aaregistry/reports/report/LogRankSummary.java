package org.aaregistry.reports.report;

/** The log-rank test (R's {@code survdiff}, rho = 0): chi-square on {@code df} degrees of freedom. */
public record LogRankSummary(double chiSquare, int df, double p) {}
