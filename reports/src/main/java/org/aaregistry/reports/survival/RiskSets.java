package org.aaregistry.reports.survival;

import java.util.Arrays;

/**
 * The risk sets of one group of patients: its distinct follow-up times in ascending order and, at
 * each, the number still at risk and the number leaving by each kind of exit.
 *
 * <p>Kind 0 is always "censored"; kinds 1, 2, … are the events (for survival: kind 1 = the event; for
 * competing risks: one kind per cause). A patient whose follow-up ends at t is at risk at t, so those
 * censored at an event time count in that event's risk set — the convention of R's {@code survival}
 * and {@code cmprsk}.
 *
 * <p>Times are compared exactly. R's {@code survfit} and {@code survdiff} first merge times that differ
 * only by rounding ({@code aeqSurv}, relative tolerance about 1.5e-8); compute follow-up times the same
 * way for every patient (for example days divided by one constant) and the two agree.
 */
public final class RiskSets {
    private final int patients;
    private final double[] time;
    private final int[] atRisk;
    private final int[][] exits;

    private RiskSets(int patients, double[] time, int[] atRisk, int[][] exits) {
        this.patients = patients;
        this.time = time;
        this.atRisk = atRisk;
        this.exits = exits;
    }

    /**
     * Tabulates every group in one pass and one sort per (group, kind).
     *
     * @param time follow-up time of each patient, finite and not negative
     * @param kind how each patient's follow-up ended, 0 (censored) to {@code kinds - 1}
     * @param kinds number of kinds of exit, at least 2
     * @param group group index of each patient, 0 to {@code groups - 1}
     * @param groups number of groups; groups without patients get empty risk sets
     * @throws IllegalArgumentException for mismatched lengths, a time that is negative, infinite or not
     *     a number, or a kind or group out of range — naming the first offending patient
     */
    public static RiskSets[] tabulate(double[] time, int[] kind, int kinds, int[] group, int groups) {
        int n = time.length;
        if (kind.length != n || group.length != n) {
            throw new IllegalArgumentException("time, status and group must have one entry per patient, but have " + n
                    + ", " + kind.length + " and " + group.length);
        }
        if (kinds < 2) {
            throw new IllegalArgumentException("at least two kinds of exit are needed (censored and an event)");
        }
        if (groups < 0 || (long) groups * kinds > Integer.MAX_VALUE - 1) {
            throw new IllegalArgumentException("invalid number of groups: " + groups);
        }
        // Counting sort by (group, kind), then a radix sort of each bucket's times: no boxing, no comparator.
        int buckets = groups * kinds;
        int[] start = bucketStarts(time, kind, kinds, group, groups);
        double[] sorted = new double[n];
        int[] next = Arrays.copyOf(start, buckets);
        for (int i = 0; i < n; i++) {
            // + 0.0 turns -0.0 into 0.0, so equal times compare equal
            sorted[next[group[i] * kinds + kind[i]]++] = time[i] + 0.0;
        }
        int largest = 0;
        for (int b = 0; b < buckets; b++) {
            largest = Math.max(largest, start[b + 1] - start[b]);
        }
        long[] keys = new long[largest];
        long[] spare = new long[largest];
        RiskSets[] result = new RiskSets[groups];
        for (int g = 0; g < groups; g++) {
            for (int k = 0; k < kinds; k++) {
                TimeSort.sort(sorted, start[g * kinds + k], start[g * kinds + k + 1], keys, spare);
            }
            result[g] = merge(sorted, start, g * kinds, kinds);
        }
        return result;
    }

    /** Validates every patient and returns where each (group, kind) bucket starts in sorted order. */
    private static int[] bucketStarts(double[] time, int[] kind, int kinds, int[] group, int groups) {
        int buckets = groups * kinds;
        int[] start = new int[buckets + 1];
        for (int i = 0; i < time.length; i++) {
            checkTime(time[i], i);
            if (kind[i] < 0 || kind[i] >= kinds) {
                throw new IllegalArgumentException(
                        "status[" + i + "] is " + kind[i] + "; expected 0 (censored) to " + (kinds - 1));
            }
            if (group[i] < 0 || group[i] >= groups) {
                throw new IllegalArgumentException(
                        "group[" + i + "] is " + group[i] + " but there are " + groups + " group labels");
            }
            start[group[i] * kinds + kind[i] + 1]++;
        }
        for (int b = 0; b < buckets; b++) {
            start[b + 1] += start[b];
        }
        return start;
    }

    private static void checkTime(double t, int i) {
        if (Double.isNaN(t)) {
            throw new IllegalArgumentException("time[" + i + "] is not a number");
        }
        if (t < 0) {
            throw new IllegalArgumentException("time[" + i + "] is negative: " + t);
        }
        if (Double.isInfinite(t)) {
            throw new IllegalArgumentException("time[" + i + "] is infinite");
        }
    }

    /** Merges the sorted runs of one group (one run per kind) into distinct times with counts. */
    private static RiskSets merge(double[] sorted, int[] start, int firstBucket, int kinds) {
        int size = start[firstBucket + kinds] - start[firstBucket];
        int[] cursor = Arrays.copyOfRange(start, firstBucket, firstBucket + kinds);
        double[] times = new double[size];
        int[][] exits = new int[kinds][size];
        int distinct = 0;
        while (true) {
            double t = Double.POSITIVE_INFINITY;
            for (int k = 0; k < kinds; k++) {
                if (cursor[k] < start[firstBucket + k + 1] && sorted[cursor[k]] < t) {
                    t = sorted[cursor[k]];
                }
            }
            if (t == Double.POSITIVE_INFINITY) {
                break;
            }
            for (int k = 0; k < kinds; k++) {
                int end = start[firstBucket + k + 1];
                int from = cursor[k];
                while (cursor[k] < end && sorted[cursor[k]] == t) {
                    cursor[k]++;
                }
                exits[k][distinct] = cursor[k] - from;
            }
            times[distinct++] = t;
        }
        int[] atRisk = new int[distinct];
        int remaining = size;
        for (int j = 0; j < distinct; j++) {
            atRisk[j] = remaining;
            for (int k = 0; k < kinds; k++) {
                remaining -= exits[k][j];
            }
        }
        for (int k = 0; k < kinds; k++) {
            exits[k] = Arrays.copyOf(exits[k], distinct);
        }
        return new RiskSets(size, Arrays.copyOf(times, distinct), atRisk, exits);
    }

    /** Number of patients in the group. */
    public int patients() {
        return patients;
    }

    /** Number of distinct follow-up times. */
    public int size() {
        return time.length;
    }

    /** Number of kinds of exit, censoring included. */
    public int kinds() {
        return exits.length;
    }

    /** The {@code i}-th distinct time, ascending. */
    public double time(int i) {
        return time[i];
    }

    /** Patients whose follow-up lasts at least until {@link #time(int) time(i)}. */
    public int atRisk(int i) {
        return atRisk[i];
    }

    /** Patients whose follow-up ends at {@link #time(int) time(i)} by the given kind of exit. */
    public int exits(int kind, int i) {
        return exits[kind][i];
    }

    /** Patients whose follow-up ends at {@link #time(int) time(i)} by any kind of event (not censored). */
    public int events(int i) {
        int events = 0;
        for (int k = 1; k < exits.length; k++) {
            events += exits[k][i];
        }
        return events;
    }

    /** The last follow-up time of the group; only defined when the group has patients. */
    public double lastTime() {
        return time[time.length - 1];
    }

    /** Number at risk at time {@code t}: patients followed for at least {@code t}. */
    public int numberAtRisk(double t) {
        int i = firstAtOrAfter(t);
        return i < time.length ? atRisk[i] : 0;
    }

    /** Index of the first distinct time at or after {@code t}, or {@link #size()} if none. */
    public int firstAtOrAfter(double t) {
        int i = Arrays.binarySearch(time, queryTime(t));
        return i >= 0 ? i : -i - 1;
    }

    /** Index of the last distinct time at or before {@code t}, or -1 if none. */
    public int lastAtOrBefore(double t) {
        int i = Arrays.binarySearch(time, queryTime(t));
        return i >= 0 ? i : -i - 2;
    }

    private static double queryTime(double t) {
        if (Double.isNaN(t)) {
            throw new IllegalArgumentException("time is not a number");
        }
        return t + 0.0; // binarySearch orders -0.0 before 0.0
    }

    /**
     * The distinct times of several groups together, ascending (the pooled event and censoring times):
     * a merge of the already sorted groups, with no new sort.
     */
    public static double[] pooledTimes(RiskSets... groups) {
        int total = 0;
        for (RiskSets g : groups) {
            total += g.size();
        }
        double[] pooled = new double[total];
        int[] cursor = new int[groups.length];
        int distinct = 0;
        while (true) {
            double t = Double.POSITIVE_INFINITY;
            for (int g = 0; g < groups.length; g++) {
                if (cursor[g] < groups[g].size() && groups[g].time[cursor[g]] < t) {
                    t = groups[g].time[cursor[g]];
                }
            }
            if (t == Double.POSITIVE_INFINITY) {
                return Arrays.copyOf(pooled, distinct);
            }
            for (int g = 0; g < groups.length; g++) {
                if (cursor[g] < groups[g].size() && groups[g].time[cursor[g]] == t) {
                    cursor[g]++;
                }
            }
            pooled[distinct++] = t;
        }
    }

    /**
     * The risk sets of the union of several disjoint sets of patients (the strata of one group, say),
     * with the same kinds of exit.
     */
    public static RiskSets combine(RiskSets... parts) {
        double[] times = pooledTimes(parts);
        int kinds = parts.length == 0 ? 2 : parts[0].kinds();
        int[][] exits = new int[kinds][times.length];
        int[] atRisk = new int[times.length];
        int patients = 0;
        for (RiskSets part : parts) {
            if (part.kinds() != kinds) {
                throw new IllegalArgumentException("risk sets with different kinds of exit cannot be combined");
            }
            patients += part.patients;
            int j = 0;
            for (int i = 0; i < part.size(); i++) {
                while (times[j] != part.time[i]) {
                    j++;
                }
                for (int k = 0; k < kinds; k++) {
                    exits[k][j] += part.exits[k][i];
                }
            }
        }
        int remaining = patients;
        for (int j = 0; j < times.length; j++) {
            atRisk[j] = remaining;
            for (int k = 0; k < kinds; k++) {
                remaining -= exits[k][j];
            }
        }
        return new RiskSets(patients, times, atRisk, exits);
    }
}
