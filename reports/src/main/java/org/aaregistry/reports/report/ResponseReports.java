package org.aaregistry.reports.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.aaregistry.reports.response.ResponseRate;

/**
 * Builds a {@link ResponseReport} from each patient's response category at 3, 6 and 12 months and
 * their best response: counts per group, overall and complete response rates with Wilson 95 %
 * intervals over the evaluable patients.
 */
public final class ResponseReports {
    /** The time points, in the order of the rows of {@code categories}. */
    public static final List<String> TIME_POINTS = List.of("MONTH_3", "MONTH_6", "MONTH_12", "BEST");

    /** Category codes of {@code categories}. */
    public static final byte NOT_ASSESSABLE = 0;

    public static final byte NR = 1;
    public static final byte PR = 2;
    public static final byte CR = 3;

    private ResponseReports() {}

    /**
     * @param groupLabels one label per group
     * @param group each patient's index into {@code groupLabels}
     * @param categories {@code [timePoint][patient]}: {@link #NOT_ASSESSABLE}, {@link #NR}, {@link #PR}
     *     or {@link #CR}; time points in the order of {@link #TIME_POINTS}
     * @param ruleSet the rule set the categories were derived with (NIH, RACE, BSH)
     * @throws IllegalArgumentException for mismatched lengths or a code out of range
     */
    public static ResponseReport build(
            List<String> groupLabels,
            int[] group,
            byte[][] categories,
            Map<String, Object> cohort,
            String ruleSet,
            Provenance provenance) {
        if (categories.length != TIME_POINTS.size()) {
            throw new IllegalArgumentException(
                    "categories must have one row per time point " + TIME_POINTS + ", but has " + categories.length);
        }
        int groups = groupLabels.size();
        // counts[timePoint][group][category]
        int[][][] counts = new int[TIME_POINTS.size()][groups][CR + 1];
        int[] size = new int[groups];
        for (int i = 0; i < group.length; i++) {
            if (group[i] < 0 || group[i] >= groups) {
                throw new IllegalArgumentException(
                        "group[" + i + "] is " + group[i] + " but there are " + groups + " group labels");
            }
            size[group[i]]++;
        }
        for (int t = 0; t < categories.length; t++) {
            tally(categories[t], group, counts[t], TIME_POINTS.get(t));
        }
        List<ResponseGroup> rows = new ArrayList<>(groups);
        for (int g = 0; g < groups; g++) {
            List<ResponseAtTimePoint> points = new ArrayList<>(TIME_POINTS.size());
            for (int t = 0; t < TIME_POINTS.size(); t++) {
                points.add(atTimePoint(TIME_POINTS.get(t), size[g], counts[t][g]));
            }
            rows.add(new ResponseGroup(groupLabels.get(g), size[g], points));
        }
        return new ResponseReport(CohortFilters.withSize(cohort, group.length), ruleSet, rows, provenance);
    }

    private static void tally(byte[] category, int[] group, int[][] counts, String timePoint) {
        if (category.length != group.length) {
            throw new IllegalArgumentException(
                    timePoint + " has " + category.length + " categories for " + group.length + " patients");
        }
        for (int i = 0; i < category.length; i++) {
            byte c = category[i];
            if (c < NOT_ASSESSABLE || c > CR) {
                throw new IllegalArgumentException(timePoint + " category of patient " + i + " is " + c
                        + "; expected 0 (not assessable), 1 (NR), 2 (PR) or 3 (CR)");
            }
            counts[group[i]][c]++;
        }
    }

    private static ResponseAtTimePoint atTimePoint(String timePoint, int n, int[] count) {
        int evaluable = n - count[NOT_ASSESSABLE];
        return new ResponseAtTimePoint(
                timePoint,
                n,
                evaluable,
                count[CR],
                count[PR],
                count[NR],
                count[NOT_ASSESSABLE],
                rate(ResponseRate.wilson(count[CR] + count[PR], evaluable)),
                rate(ResponseRate.wilson(count[CR], evaluable)));
    }

    private static Estimate rate(ResponseRate rate) {
        return Estimate.of(rate.estimate(), rate.lower(), rate.upper());
    }
}
