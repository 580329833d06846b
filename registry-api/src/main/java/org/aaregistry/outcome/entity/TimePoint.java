package org.aaregistry.outcome.entity;

/** The protocol time points of response after the start of a treatment line (data dictionary). */
public enum TimePoint {
    MONTH_3(3),
    MONTH_6(6),
    MONTH_12(12);

    private final int months;

    TimePoint(int months) {
        this.months = months;
    }

    /** Calendar months after the start of the line. */
    public int months() {
        return months;
    }
}
