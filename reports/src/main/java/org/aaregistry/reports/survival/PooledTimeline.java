package org.aaregistry.reports.survival;

/**
 * The risk sets of several groups walked together along their pooled distinct times — at each time,
 * the 2 × k table of a k-sample test: who is at risk in each group and who leaves, and how. A merge of
 * the groups' sorted times; nothing is re-sorted.
 */
public final class PooledTimeline {
    private final RiskSets[] groups;
    private final int[] cursor;
    private final int[] here;
    private double time = Double.NaN;

    public PooledTimeline(RiskSets... groups) {
        this.groups = groups.clone();
        this.cursor = new int[groups.length];
        this.here = new int[groups.length];
    }

    /** Moves to the next pooled time; false once every group is exhausted. */
    public boolean next() {
        double t = Double.POSITIVE_INFINITY;
        for (int g = 0; g < groups.length; g++) {
            if (cursor[g] < groups[g].size() && groups[g].time(cursor[g]) < t) {
                t = groups[g].time(cursor[g]);
            }
        }
        if (t == Double.POSITIVE_INFINITY) {
            return false;
        }
        for (int g = 0; g < groups.length; g++) {
            boolean exitsNow = cursor[g] < groups[g].size() && groups[g].time(cursor[g]) == t;
            here[g] = exitsNow ? cursor[g]++ : -1;
        }
        time = t;
        return true;
    }

    /** The current time. */
    public double time() {
        return time;
    }

    /** Patients of group {@code g} at risk at the current time. */
    public int atRisk(int g) {
        int i = here[g] >= 0 ? here[g] : cursor[g];
        return i < groups[g].size() ? groups[g].atRisk(i) : 0;
    }

    /** Patients of group {@code g} leaving at the current time by the given kind of exit. */
    public int exits(int kind, int g) {
        return here[g] < 0 || kind >= groups[g].kinds() ? 0 : groups[g].exits(kind, here[g]);
    }

    /** Patients of group {@code g} with an event of any kind at the current time. */
    public int events(int g) {
        return here[g] < 0 ? 0 : groups[g].events(here[g]);
    }
}
