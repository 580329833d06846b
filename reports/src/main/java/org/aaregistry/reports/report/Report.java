package org.aaregistry.reports.report;

import java.util.Map;

/** One of the registry's five reports: what every renderer can print, and the header they share. */
public sealed interface Report
        permits SurvivalReport, IncidenceReport, ResponseReport, CohortSummaryReport, TransplantReport {

    /** The cohort's filters as the caller gave them, and {@code n}, the patients in the report. */
    Map<String, Object> cohort();

    /** Who generated the report, when, from which data and under which definitions. */
    Provenance provenance();
}
