package org.aaregistry.reports.report;

import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Cumulative incidence of one event (relapse, clonal evolution, response) by group, with death or
 * other events competing (Aalen–Johansen; R's {@code cmprsk::cuminc}). Times are in days.
 *
 * @param cohort the cohort's filters and {@code n}
 * @param event the event of interest, e.g. {@code RELAPSE}
 * @param origin the time origin's code
 * @param competingEvents the events that preclude it, by name (e.g. {@code DEATH}, {@code TRANSPLANT})
 * @param confidenceLevel the level of the pointwise intervals
 * @param groups one per group, in the caller's order
 * @param grayTest Gray's test across groups; null with fewer than two groups with patients
 * @param provenance who, when and under which definitions
 */
public record IncidenceReport(
        Map<String, Object> cohort,
        String event,
        String origin,
        List<String> competingEvents,
        double confidenceLevel,
        List<IncidenceGroup> groups,
        GrayTestSummary grayTest,
        Provenance provenance)
        implements Report {

    public IncidenceReport {
        cohort = CohortFilters.copyOf(cohort);
        Objects.requireNonNull(event, "event");
        Objects.requireNonNull(origin, "origin");
        competingEvents = List.copyOf(competingEvents);
        groups = List.copyOf(groups);
        Objects.requireNonNull(provenance, "provenance");
    }
}
