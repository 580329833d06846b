package org.aaregistry.web.page;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * How numbers read on screen: proportions as percentages with one decimal, intervals as "94.0% (92.1–95.9)", p
 * values as a clinician expects them, float noise of the database's real columns rounded away. A missing value (a
 * limit R reports as NA, a median never reached) reads "—" or "not reached".
 */
public final class Format {

    public static final Format INSTANCE = new Format();

    private Format() {}

    public String pct(Object proportion) {
        BigDecimal p = decimal(proportion);
        return p == null
                ? "—"
                : p.movePointRight(2).setScale(1, RoundingMode.HALF_UP).toPlainString() + "%";
    }

    public String pctCi(Object estimate, Object lower, Object upper) {
        BigDecimal e = decimal(estimate);
        if (e == null) {
            return "—";
        }
        return pct(e) + " (" + bare(lower) + "–" + bare(upper) + ")";
    }

    /** A value as recorded, without the trailing zeros of its column's scale (13.00 reads 13, 0.370 reads 0.37). */
    public String plain(Object value) {
        BigDecimal v = decimal(value);
        return v == null ? "" : v.stripTrailingZeros().toPlainString();
    }

    public String num(Object value, int decimals) {
        BigDecimal v = decimal(value);
        return v == null ? "—" : v.setScale(decimals, RoundingMode.HALF_UP).toPlainString();
    }

    /** A median in days with its interval; "not reached" when the curve never fell to one half. */
    public String median(Object estimate, Object lower, Object upper) {
        BigDecimal e = decimal(estimate);
        String interval = " (" + days(lower) + " to " + days(upper) + ")";
        return e == null ? "not reached" + (decimal(lower) == null ? "" : interval) : days(e) + interval;
    }

    public String days(Object value) {
        BigDecimal v = decimal(value);
        return v == null ? "—" : v.setScale(0, RoundingMode.HALF_UP).toPlainString() + " d";
    }

    /** "1 year", "6 months", or the days, for landmark headings. */
    public String landmark(Object days) {
        BigDecimal v = decimal(days);
        if (v == null) {
            return "—";
        }
        int d = v.intValue();
        if (d % 365 == 0) {
            return d / 365 + (d == 365 ? " year" : " years");
        }
        return d + " days";
    }

    /** A test's p-value as it is written in a paper: "p = 0.0312", or "p < 0.0001" below four decimals. */
    public String p(Object value) {
        BigDecimal v = decimal(value);
        if (v == null) {
            return "p not computed";
        }
        if (v.compareTo(new BigDecimal("0.0001")) < 0) {
            return "p < 0.0001";
        }
        return "p = " + v.setScale(4, RoundingMode.HALF_UP).toPlainString();
    }

    private String bare(Object proportion) {
        BigDecimal p = decimal(proportion);
        return p == null
                ? "NA"
                : p.movePointRight(2).setScale(1, RoundingMode.HALF_UP).toPlainString();
    }

    private static BigDecimal decimal(Object value) {
        return switch (value) {
            case null -> null;
            case BigDecimal d -> d;
            case Number n -> new BigDecimal(n.toString());
            default -> new BigDecimal(value.toString());
        };
    }
}
