/**
 * The registry's reports as records — survival, cumulative incidence, response, cohort summary and
 * transplant outcomes — and the builders that fill them from the statistics of the sibling packages.
 * Record component names are the public JSON of the API (JSON-B serialises records by component,
 * omitting nulls), so a missing value is {@code null}, never NaN.
 */
package org.aaregistry.reports.report;
