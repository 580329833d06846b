package org.aaregistry.reports.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import org.aaregistry.reports.summary.CategoricalSummary;
import org.aaregistry.reports.summary.CategoryCount;
import org.aaregistry.reports.summary.NumericSummary;

/**
 * Assembles a descriptive table per group and overall — the baseline table of a cohort, or the
 * outcome lines of a transplant report — one variable at a time:
 *
 * <pre>{@code
 * SummaryTables.byGroup(List.of("hATG + CsA", "hATG + CsA + EPAG"), arm)
 *         .numeric("Age at diagnosis", "years", age)
 *         .categorical("Sex", List.of("M", "F", "U"), sex)
 *         .report(cohort, provenance);
 * }</pre>
 *
 * The first line counts the patients of each group. A variable with missing values in any patient gets
 * a {@value #MISSING} line, so that nothing is silently dropped.
 */
public final class SummaryTables {
    /** Name of the last column, all groups together. */
    public static final String OVERALL = "Overall";
    /** Level of a numeric variable's line. */
    public static final String MEDIAN_IQR = "median (IQR)";
    /** Level of the line counting patients without a value. */
    public static final String MISSING = "missing";
    /** Variable of the first line, the patients in each group. */
    public static final String PATIENTS = "Patients";

    private final List<String> groupLabels;
    private final int[] group;
    private final int[] size;
    private final List<SummaryRow> rows = new ArrayList<>();

    private SummaryTables(List<String> groupLabels, int[] group, int[] size) {
        this.groupLabels = groupLabels;
        this.group = group;
        this.size = size;
    }

    /**
     * @param groupLabels one label per group (not {@value #OVERALL})
     * @param group each patient's index into {@code groupLabels}; the variables added later must list
     *     the patients in the same order
     */
    public static SummaryTables byGroup(List<String> groupLabels, int[] group) {
        List<String> labels = List.copyOf(groupLabels);
        if (labels.contains(OVERALL) || labels.stream().distinct().count() != labels.size()) {
            throw new IllegalArgumentException("group labels must be distinct and not '" + OVERALL + "': " + labels);
        }
        int[] size = new int[labels.size() + 1];
        for (int i = 0; i < group.length; i++) {
            if (group[i] < 0 || group[i] >= labels.size()) {
                throw new IllegalArgumentException(
                        "group[" + i + "] is " + group[i] + " but there are " + labels.size() + " group labels");
            }
            size[group[i]]++;
        }
        size[labels.size()] = group.length;
        SummaryTables tables = new SummaryTables(labels, group.clone(), size);
        List<SummaryCell> cells = new ArrayList<>(size.length);
        for (int n : size) {
            cells.add(new SummaryCell(n, n, null, null, null, null));
        }
        tables.rows.add(new SummaryRow(PATIENTS, "n", null, cells));
        return tables;
    }

    /**
     * Adds a numeric variable: a median (IQR) line, and a missing line if any value is missing.
     *
     * @param values one per patient, {@link Double#NaN} where missing
     */
    public SummaryTables numeric(String variable, String unit, double[] values) {
        checkLength(variable, values.length);
        double[][] byGroup = new double[groupLabels.size()][];
        for (int g = 0; g < byGroup.length; g++) {
            byGroup[g] = new double[size[g]];
        }
        int[] next = new int[groupLabels.size()];
        for (int i = 0; i < values.length; i++) {
            byGroup[group[i]][next[group[i]]++] = values[i];
        }
        List<NumericSummary> summaries = new ArrayList<>(size.length);
        for (double[] part : byGroup) {
            summaries.add(NumericSummary.of(part));
        }
        summaries.add(NumericSummary.of(values));
        List<SummaryCell> cells = new ArrayList<>(size.length);
        int[] missing = new int[size.length];
        for (int g = 0; g < size.length; g++) {
            NumericSummary s = summaries.get(g);
            missing[g] = s.missing();
            cells.add(new SummaryCell(
                    s.n(),
                    null,
                    null,
                    Estimate.orNull(s.median()),
                    Estimate.orNull(s.firstQuartile()),
                    Estimate.orNull(s.thirdQuartile())));
        }
        rows.add(new SummaryRow(variable, MEDIAN_IQR, unit, cells));
        addMissing(variable, unit, missing);
        return this;
    }

    /**
     * Adds a categorical variable: one line per category (including categories no patient has), and a
     * missing line if any code is missing.
     *
     * @param categories the category labels in display order
     * @param codes one per patient: an index into {@code categories}, or {@link
     *     CategoricalSummary#MISSING} (-1)
     */
    public SummaryTables categorical(String variable, List<String> categories, int[] codes) {
        checkLength(variable, codes.length);
        int[][] byGroup = new int[groupLabels.size()][];
        for (int g = 0; g < byGroup.length; g++) {
            byGroup[g] = new int[size[g]];
        }
        int[] next = new int[groupLabels.size()];
        for (int i = 0; i < codes.length; i++) {
            byGroup[group[i]][next[group[i]]++] = codes[i];
        }
        List<CategoricalSummary> summaries = new ArrayList<>(size.length);
        for (int[] part : byGroup) {
            summaries.add(CategoricalSummary.of(part, categories));
        }
        summaries.add(CategoricalSummary.of(codes, categories));
        for (int c = 0; c < categories.size(); c++) {
            List<SummaryCell> cells = new ArrayList<>(size.length);
            for (CategoricalSummary s : summaries) {
                CategoryCount line = s.categories().get(c);
                cells.add(new SummaryCell(s.n(), line.count(), Estimate.orNull(line.percent()), null, null, null));
            }
            rows.add(new SummaryRow(variable, categories.get(c), null, cells));
        }
        addMissing(
                variable,
                null,
                summaries.stream().mapToInt(CategoricalSummary::missing).toArray());
        return this;
    }

    private void addMissing(String variable, String unit, int[] missing) {
        if (missing[missing.length - 1] == 0) {
            return;
        }
        List<SummaryCell> cells = new ArrayList<>(size.length);
        for (int g = 0; g < size.length; g++) {
            OptionalDouble percent =
                    size[g] == 0 ? OptionalDouble.empty() : OptionalDouble.of(100.0 * missing[g] / size[g]);
            cells.add(new SummaryCell(size[g], missing[g], Estimate.orNull(percent), null, null, null));
        }
        rows.add(new SummaryRow(variable, MISSING, unit, cells));
    }

    private void checkLength(String variable, int length) {
        if (length != group.length) {
            throw new IllegalArgumentException(
                    variable + " has " + length + " values for " + group.length + " patients");
        }
    }

    /** The column names: the group labels, then {@value #OVERALL}. */
    public List<String> groups() {
        List<String> names = new ArrayList<>(groupLabels);
        names.add(OVERALL);
        return List.copyOf(names);
    }

    /** The group labels without {@value #OVERALL}. */
    List<String> groupLabels() {
        return groupLabels;
    }

    /** Patients in the table. */
    int patients() {
        return group.length;
    }

    /** The lines added so far, the patients line first. */
    public List<SummaryRow> rows() {
        return List.copyOf(rows);
    }

    /** The baseline table as a report. */
    public CohortSummaryReport report(Map<String, Object> cohort, Provenance provenance) {
        return new CohortSummaryReport(CohortFilters.withSize(cohort, group.length), groups(), rows(), provenance);
    }
}
