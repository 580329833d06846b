package org.aaregistry.reports.report;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * What a reader needs to judge a report: who generated it and when, the data cut-off, and in words the
 * cohort, endpoint, time origin and event definitions and the response rule set. Printed in the header
 * of every PDF, because a published figure must be traceable to its definitions.
 *
 * @param generatedBy the user who asked for the report
 * @param generatedAt when it was generated
 * @param dataCutOff the last date of data taken into account
 * @param cohortDefinition the cohort in one line, e.g. "site SITE-A; severity SAA, VSAA; diagnosis
 *     2015-01-01 to 2024-12-31"
 * @param endpointDefinition the endpoint in words, e.g. "Overall survival: death from any cause,
 *     censored at last contact"; may be null where there is none (cohort summary)
 * @param originDefinition the time origin in words, e.g. "date of diagnosis"; may be null
 * @param eventDefinitions the events counted, one phrase each (the EFS event set, say)
 * @param responseRuleSet the response rule set (NIH, RACE, BSH) with its source; null where responses
 *     play no part
 */
public record Provenance(
        String generatedBy,
        Instant generatedAt,
        LocalDate dataCutOff,
        String cohortDefinition,
        String endpointDefinition,
        String originDefinition,
        List<String> eventDefinitions,
        String responseRuleSet) {

    public Provenance {
        Objects.requireNonNull(generatedBy, "generatedBy");
        Objects.requireNonNull(generatedAt, "generatedAt");
        Objects.requireNonNull(dataCutOff, "dataCutOff");
        Objects.requireNonNull(cohortDefinition, "cohortDefinition");
        eventDefinitions = eventDefinitions == null ? List.of() : List.copyOf(eventDefinitions);
    }
}
