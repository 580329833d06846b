package org.aaregistry.reports.report;

import java.util.OptionalDouble;

/**
 * A point estimate with its confidence limits — a median survival time, a response rate. Each part is
 * null where the statistic is undefined: a median the curve never reaches, a limit R reports as NA, a
 * rate with no evaluable patient.
 */
public record Estimate(Double estimate, Double lower, Double upper) {

    static Estimate of(OptionalDouble estimate, OptionalDouble lower, OptionalDouble upper) {
        return new Estimate(orNull(estimate), orNull(lower), orNull(upper));
    }

    /** The value, or null when absent or not a number (records never carry NaN). */
    static Double orNull(OptionalDouble value) {
        return value.isPresent() ? orNull(value.getAsDouble()) : null;
    }

    static Double orNull(double value) {
        return Double.isNaN(value) ? null : value;
    }
}
