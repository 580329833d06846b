package org.aaregistry.outcome.entity;

/** Hematological response to treatment, ranked so that the best response is the highest rank. */
public enum ResponseCategory {
    /** Complete response. */
    CR(3),
    /** Partial response. */
    PR(2),
    /** No response. */
    NR(1),
    /** No decision possible from the recorded data. */
    NOT_ASSESSABLE(0);

    private final int rank;

    ResponseCategory(int rank) {
        this.rank = rank;
    }

    /** CR 3 &gt; PR 2 &gt; NR 1 &gt; not assessable 0. */
    public int rank() {
        return rank;
    }

    public boolean isBetterThan(ResponseCategory other) {
        return rank > other.rank;
    }
}
