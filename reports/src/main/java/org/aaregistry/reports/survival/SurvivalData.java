package org.aaregistry.reports.survival;

import java.util.List;

/**
 * Right-censored follow-up of a cohort, split into labelled groups (treatment arms, for example),
 * reduced on construction to {@link RiskSets} per group. The patient arrays are read once and not
 * kept, so the caller may reuse them.
 */
public final class SurvivalData {
    /** Label of the single group of {@link #of(double[], boolean[])}, as R names an unstratified fit. */
    public static final String ALL = "all";

    private static final int CENSORED = 0;
    private static final int EVENT = 1;

    private final List<String> groupLabels;
    private final RiskSets[] groups;

    private SurvivalData(List<String> groupLabels, RiskSets[] groups) {
        this.groupLabels = groupLabels;
        this.groups = groups;
    }

    /**
     * The whole cohort as one group labelled {@value #ALL}.
     *
     * @param time follow-up time of each patient (finite, not negative)
     * @param event {@code true} if the patient's follow-up ended with the event, {@code false} if
     *     censored
     */
    public static SurvivalData of(double[] time, boolean[] event) {
        return of(time, event, new int[time.length], List.of(ALL));
    }

    /**
     * The cohort split into groups.
     *
     * @param group index into {@code groupLabels} of each patient's group
     * @param groupLabels one label per group; a label no patient refers to gives an empty group
     * @throws IllegalArgumentException for mismatched lengths, invalid times or group indexes, or
     *     duplicate labels
     */
    public static SurvivalData of(double[] time, boolean[] event, int[] group, List<String> groupLabels) {
        if (event.length != time.length) {
            throw new IllegalArgumentException(
                    "time and event must have one entry per patient, but have " + time.length + " and " + event.length);
        }
        List<String> labels = List.copyOf(groupLabels);
        if (labels.stream().distinct().count() != labels.size()) {
            throw new IllegalArgumentException("group labels must be distinct: " + labels);
        }
        int[] kind = new int[event.length];
        for (int i = 0; i < event.length; i++) {
            kind[i] = event[i] ? EVENT : CENSORED;
        }
        return new SurvivalData(labels, RiskSets.tabulate(time, kind, 2, group, labels.size()));
    }

    /** The group labels, in group-index order. */
    public List<String> groupLabels() {
        return groupLabels;
    }

    /** Number of groups (labelled, whether or not they have patients). */
    public int groupCount() {
        return groups.length;
    }

    /** The risk sets of group {@code g}; exits of kind 1 are events, kind 0 censorings. */
    public RiskSets riskSets(int g) {
        return groups[g];
    }

    /** Number of patients in all groups. */
    public int patients() {
        int n = 0;
        for (RiskSets g : groups) {
            n += g.patients();
        }
        return n;
    }

    /** Number at risk in each group at each of the given times: {@code [group][time]}. */
    public int[][] numberAtRisk(double... times) {
        int[][] table = new int[groups.length][times.length];
        for (int g = 0; g < groups.length; g++) {
            for (int j = 0; j < times.length; j++) {
                table[g][j] = groups[g].numberAtRisk(times[j]);
            }
        }
        return table;
    }
}
