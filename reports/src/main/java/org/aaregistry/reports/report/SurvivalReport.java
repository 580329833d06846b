package org.aaregistry.reports.report;

import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Kaplan–Meier survival by group for one endpoint (OS, EFS, GRFS, …), as R's {@code survfit} and
 * {@code survdiff} report it. Times are in days from the origin.
 *
 * @param cohort the cohort's filters and {@code n}
 * @param endpoint the endpoint's code, e.g. {@code OS}
 * @param origin the time origin's code: {@code DIAGNOSIS}, {@code FIRST_LINE_START} or {@code
 *     TRANSPLANT}
 * @param ci the confidence interval type: {@code LOG} (R's default), {@code LOG_LOG} or {@code PLAIN}
 * @param confidenceLevel the level of every interval, 0.95 by default
 * @param groups one per group, in the caller's group order
 * @param logRank the log-rank test across groups; null with fewer than two groups with events
 * @param provenance who, when and under which definitions
 */
public record SurvivalReport(
        Map<String, Object> cohort,
        String endpoint,
        String origin,
        String ci,
        double confidenceLevel,
        List<SurvivalGroup> groups,
        LogRankSummary logRank,
        Provenance provenance)
        implements Report {

    public SurvivalReport {
        cohort = CohortFilters.copyOf(cohort);
        Objects.requireNonNull(endpoint, "endpoint");
        Objects.requireNonNull(origin, "origin");
        Objects.requireNonNull(ci, "ci");
        groups = List.copyOf(groups);
        Objects.requireNonNull(provenance, "provenance");
    }
}
