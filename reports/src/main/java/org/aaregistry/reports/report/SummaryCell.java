package org.aaregistry.reports.report;

/**
 * One group's value on a line of a descriptive table: a count with its percentage on a categorical
 * line, a median with its quartiles on a numeric one.
 *
 * @param n the denominator: patients with a value (categorical and numeric lines) or all patients of
 *     the group (the missing and patients lines)
 * @param count patients in the category (or without a value, or in the group); null on numeric lines
 * @param percent 100 × count / n; null on numeric lines and when n is 0
 * @param median the median (R's quantile type 7); null on categorical lines and when n is 0
 * @param q1 the 25th percentile
 * @param q3 the 75th percentile
 */
public record SummaryCell(int n, Integer count, Double percent, Double median, Double q1, Double q3) {}
