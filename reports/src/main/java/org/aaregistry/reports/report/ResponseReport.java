package org.aaregistry.reports.report;

import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Hematologic response by group at 3, 6 and 12 months and best response, under one rule set.
 *
 * @param cohort the cohort's filters and {@code n}
 * @param ruleSet the response rule set the categories were derived with: {@code NIH}, {@code RACE}
 *     or {@code BSH}
 * @param groups one per group, in the caller's order
 * @param provenance who, when and under which definitions
 */
public record ResponseReport(
        Map<String, Object> cohort, String ruleSet, List<ResponseGroup> groups, Provenance provenance)
        implements Report {

    public ResponseReport {
        cohort = CohortFilters.copyOf(cohort);
        Objects.requireNonNull(ruleSet, "ruleSet");
        groups = List.copyOf(groups);
        Objects.requireNonNull(provenance, "provenance");
    }
}
