package org.aaregistry.reports.report;

import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The baseline table ("Table 1") of a cohort: per group and overall, the patients' age, sex, cause,
 * severity, blood counts, PNH clone and first-line regimen.
 *
 * @param cohort the cohort's filters and {@code n}
 * @param groups the group names, in column order; the last is {@value SummaryTables#OVERALL}
 * @param rows the table's lines; each has one cell per group, in the same order
 * @param provenance who, when and under which definitions
 */
public record CohortSummaryReport(
        Map<String, Object> cohort, List<String> groups, List<SummaryRow> rows, Provenance provenance)
        implements Report {

    public CohortSummaryReport {
        cohort = CohortFilters.copyOf(cohort);
        groups = List.copyOf(groups);
        rows = List.copyOf(rows);
        Objects.requireNonNull(provenance, "provenance");
    }
}
