package org.aaregistry.reports.competingrisk;

import java.util.List;
import org.aaregistry.reports.survival.RiskSets;

/**
 * Follow-up ending in one of several causes or in censoring, per patient, split into labelled groups
 * and optionally strata (for a stratified Gray test). Reduced on construction to {@link RiskSets} per
 * group and per (stratum, group), with exit kind 0 = censored and kind c = cause c; the patient arrays
 * are not kept.
 */
public final class CompetingRisksData {
    /** Label of the single group of {@link #of(double[], int[])}. */
    public static final String ALL = "all";

    private final List<String> groupLabels;
    private final int causes;
    private final RiskSets[] groups;
    private final RiskSets[][] strata;
    private final boolean stratified;

    private CompetingRisksData(
            List<String> groupLabels, int causes, RiskSets[] groups, RiskSets[][] strata, boolean stratified) {
        this.groupLabels = groupLabels;
        this.causes = causes;
        this.groups = groups;
        this.strata = strata;
        this.stratified = stratified;
    }

    /**
     * The whole cohort as one group.
     *
     * @param time follow-up time of each patient (finite, not negative)
     * @param status 0 if censored, otherwise the cause that ended follow-up (1, 2, …)
     */
    public static CompetingRisksData of(double[] time, int[] status) {
        return of(time, status, new int[time.length], List.of(ALL));
    }

    /** The cohort split into groups; {@code group} indexes {@code groupLabels}. */
    public static CompetingRisksData of(double[] time, int[] status, int[] group, List<String> groupLabels) {
        return build(time, status, group, groupLabels, null);
    }

    /**
     * The cohort split into groups and strata; Gray's test then sums its scores and variances over the
     * strata (as {@code cuminc(…, strata = …)}). Estimates are not stratified.
     *
     * @param stratum stratum index of each patient, 0, 1, …
     */
    public static CompetingRisksData of(
            double[] time, int[] status, int[] group, List<String> groupLabels, int[] stratum) {
        return build(time, status, group, groupLabels, stratum);
    }

    private static CompetingRisksData build(
            double[] time, int[] status, int[] group, List<String> groupLabels, int[] stratum) {
        List<String> labels = List.copyOf(groupLabels);
        if (labels.stream().distinct().count() != labels.size()) {
            throw new IllegalArgumentException("group labels must be distinct: " + labels);
        }
        int maxStatus = 0;
        for (int i = 0; i < status.length; i++) {
            if (status[i] < 0) {
                throw new IllegalArgumentException(
                        "status[" + i + "] is " + status[i] + "; expected 0 (censored) or a cause 1, 2, …");
            }
            maxStatus = Math.max(maxStatus, status[i]);
        }
        int kinds = Math.max(maxStatus + 1, 2);
        int g = labels.size();
        if (stratum == null) {
            RiskSets[] groups = RiskSets.tabulate(time, status, kinds, group, g);
            return new CompetingRisksData(labels, maxStatus, groups, new RiskSets[][] {groups}, false);
        }
        RiskSets[][] strata = tabulateStrata(time, status, kinds, group, g, stratum);
        RiskSets[] groups = new RiskSets[g];
        for (int k = 0; k < g; k++) {
            RiskSets[] parts = new RiskSets[strata.length];
            for (int s = 0; s < strata.length; s++) {
                parts[s] = strata[s][k];
            }
            groups[k] = RiskSets.combine(parts);
        }
        return new CompetingRisksData(labels, maxStatus, groups, strata, true);
    }

    /** Risk sets per [stratum][group], from one sort of the (stratum, group) cells. */
    private static RiskSets[][] tabulateStrata(
            double[] time, int[] status, int kinds, int[] group, int groups, int[] stratum) {
        if (stratum.length != time.length || group.length != time.length) {
            throw new IllegalArgumentException("time, group and stratum must have one entry per patient, but have "
                    + time.length + ", " + group.length + " and " + stratum.length);
        }
        int strataCount = 0;
        for (int i = 0; i < stratum.length; i++) {
            if (stratum[i] < 0) {
                throw new IllegalArgumentException("stratum[" + i + "] is negative: " + stratum[i]);
            }
            if (group[i] < 0 || group[i] >= groups) {
                throw new IllegalArgumentException(
                        "group[" + i + "] is " + group[i] + " but there are " + groups + " group labels");
            }
            strataCount = Math.max(strataCount, stratum[i] + 1);
        }
        if ((long) strataCount * groups > Integer.MAX_VALUE / kinds) {
            throw new IllegalArgumentException("too many strata: " + strataCount);
        }
        int[] cell = new int[time.length];
        for (int i = 0; i < cell.length; i++) {
            cell[i] = stratum[i] * groups + group[i];
        }
        RiskSets[] cells = RiskSets.tabulate(time, status, kinds, cell, strataCount * groups);
        RiskSets[][] strata = new RiskSets[strataCount][groups];
        for (int s = 0; s < strataCount; s++) {
            System.arraycopy(cells, s * groups, strata[s], 0, groups);
        }
        return strata;
    }

    /** The group labels, in group-index order. */
    public List<String> groupLabels() {
        return groupLabels;
    }

    /** Number of groups (labelled, whether or not they have patients). */
    public int groupCount() {
        return groups.length;
    }

    /** The highest cause code present (0 if every patient is censored). */
    public int causes() {
        return causes;
    }

    /** Whether strata were given. */
    public boolean stratified() {
        return stratified;
    }

    /** Number of strata (1 when not stratified). */
    public int strataCount() {
        return strata.length;
    }

    /** Risk sets of group {@code g} over all strata. */
    public RiskSets riskSets(int g) {
        return groups[g];
    }

    /** Risk sets of group {@code g} within stratum {@code s}. */
    public RiskSets riskSets(int s, int g) {
        return strata[s][g];
    }
}
