package org.aaregistry.reports.report;

import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Outcomes of allogeneic transplantation by donor type or graft source: engraftment, graft failure,
 * acute GVHD grade II–IV and III–IV, chronic GVHD as crude proportions, and overall and GVHD-free,
 * graft failure-free survival (GRFS) from the day of transplant.
 *
 * @param cohort the cohort's filters and {@code n}
 * @param groupBy {@code DONOR_TYPE} or {@code GRAFT_SOURCE}
 * @param groups the group names in column order; the last is {@value SummaryTables#OVERALL}
 * @param outcomes the outcome lines, one cell per group
 * @param overallSurvival OS by the same groups
 * @param grfs GRFS by the same groups
 * @param provenance who, when and under which definitions
 */
public record TransplantReport(
        Map<String, Object> cohort,
        String groupBy,
        List<String> groups,
        List<SummaryRow> outcomes,
        SurvivalReport overallSurvival,
        SurvivalReport grfs,
        Provenance provenance)
        implements Report {

    public TransplantReport {
        cohort = CohortFilters.copyOf(cohort);
        Objects.requireNonNull(groupBy, "groupBy");
        groups = List.copyOf(groups);
        outcomes = List.copyOf(outcomes);
        Objects.requireNonNull(overallSurvival, "overallSurvival");
        Objects.requireNonNull(grfs, "grfs");
        Objects.requireNonNull(provenance, "provenance");
    }
}
