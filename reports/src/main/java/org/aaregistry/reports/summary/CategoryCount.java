package org.aaregistry.reports.summary;

import java.util.OptionalDouble;

/**
 * One category's line in a baseline table.
 *
 * @param category the category's label
 * @param count patients in the category
 * @param percent 100 × count / patients with a known value (missing values excluded from the
 *     denominator, as R's {@code prop.table(table(x))}); absent when no patient has a known value
 */
public record CategoryCount(String category, int count, OptionalDouble percent) {}
