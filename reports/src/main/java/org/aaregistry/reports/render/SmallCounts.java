package org.aaregistry.reports.render;

/**
 * The registry's small-numbers rule for exported tables: a cell counting fewer than {@value #THRESHOLD}
 * patients — zero included — is shown as {@value #SUPPRESSED}, and so is every value derived from such a
 * count (a percentage, a rate and its interval, an estimate of a group or risk set that small), since
 * the value would give the count back. When suppression is off (the caller coordinates the site), every
 * value is shown.
 *
 * <p>Only primary suppression: a suppressed cell can sometimes be recovered by subtraction from cells
 * shown beside it (a group's total minus its other categories).
 */
final class SmallCounts {
    static final int THRESHOLD = 5;
    static final String SUPPRESSED = "<5";

    private final boolean suppress;

    SmallCounts(boolean suppress) {
        this.suppress = suppress;
    }

    /** Whether a count of patients is hidden. */
    boolean hides(int count) {
        return suppress && count < THRESHOLD;
    }

    /** A count of patients, or {@value #SUPPRESSED}. */
    String count(int count) {
        return hides(count) ? SUPPRESSED : Integer.toString(count);
    }

    /** A count that may be absent (null prints empty). */
    String count(Integer count) {
        return count == null ? "" : count(count.intValue());
    }

    /**
     * A value derived from the given counts of patients: empty if the value is null (nothing to hide),
     * {@value #SUPPRESSED} if any of the counts is hidden, otherwise the number.
     */
    String derived(Double value, int... counts) {
        if (value == null) {
            return "";
        }
        for (int count : counts) {
            if (hides(count)) {
                return SUPPRESSED;
            }
        }
        return CsvTable.number(value);
    }
}
