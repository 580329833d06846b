package org.aaregistry.reports.render;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * How numbers are printed in the PDF tables, in the conventions of clinical journals: probabilities as
 * percentages with one decimal and their interval in brackets ("33.6 (26.0–43.0)"), times in whole
 * days, "NR" for a median or limit not reached, p-values to three decimals and "p &lt; 0.001" below.
 * The CSV prints full precision instead.
 */
final class PrintFormat {
    /** Printed where a value does not exist (a landmark after the last follow-up). */
    static final String NOT_ESTIMABLE = "—";
    /** Printed for a median, or its limit, that the curve never reaches. */
    static final String NOT_REACHED = "NR";

    private static final DateTimeFormatter GENERATED_AT =
            DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'", Locale.ROOT).withZone(ZoneOffset.UTC);

    private PrintFormat() {}

    /** A time in days, whole where it is whole ("270", "22.5"). */
    static String days(double days) {
        return days == Math.rint(days) ? String.format(Locale.ROOT, "%.0f", days) : decimal(days, 1);
    }

    /** A median time with its limits, "NR" where not reached: "270 (212–NR)". */
    static String medianDays(Double median, Double lower, Double upper) {
        return daysOrNotReached(median) + " (" + daysOrNotReached(lower) + "–" + daysOrNotReached(upper) + ")";
    }

    private static String daysOrNotReached(Double days) {
        return days == null ? NOT_REACHED : days(days);
    }

    /** A probability as a percentage with its interval: "33.6 (26.0–43.0)"; "—" if absent. */
    static String percentWithInterval(Double estimate, Double lower, Double upper) {
        if (estimate == null) {
            return NOT_ESTIMABLE;
        }
        if (lower == null || upper == null) {
            return percent(estimate);
        }
        return percent(estimate) + " (" + percent(lower) + "–" + percent(upper) + ")";
    }

    /** A probability (0–1) as a percentage with one decimal. */
    static String percent(double proportion) {
        return decimal(100 * proportion, 1);
    }

    /** A count with its percentage of a denominator: "12 (34.3%)"; the count alone if the share is absent. */
    static String countWithPercent(int count, Double percent) {
        return percent == null ? Integer.toString(count) : count + " (" + decimal(percent, 1) + "%)";
    }

    /**
     * A median or quartile of a measurement: whole numbers as such, otherwise one decimal from 10 up
     * and two below (an ANC of 0.35 ×10⁹/L, an age of 34.5 years).
     */
    static String measurement(double value) {
        if (value == Math.rint(value)) {
            return String.format(Locale.ROOT, "%.0f", value);
        }
        return decimal(value, Math.abs(value) >= 10 ? 1 : 2);
    }

    /** A median with its quartiles: "34 (21–52)". */
    static String medianWithQuartiles(Double median, Double q1, Double q3) {
        if (median == null) {
            return NOT_ESTIMABLE;
        }
        return measurement(median) + " (" + measurement(q1) + "–" + measurement(q3) + ")";
    }

    /** A p-value: "p = 0.022" with three decimals, "p &lt; 0.001" below. */
    static String pValue(double p) {
        return p < 0.001 ? "p < 0.001" : "p = " + decimal(p, 3);
    }

    /** A test statistic: two decimals. */
    static String statistic(double value) {
        return decimal(value, 2);
    }

    /** A measurement with as many decimals as given. */
    static String decimal(double value, int decimals) {
        return String.format(Locale.ROOT, "%." + decimals + "f", value);
    }

    /** The time of generation, in UTC so every site reads the same. */
    static String generatedAt(Instant instant) {
        return GENERATED_AT.format(instant);
    }
}
