/**
 * The investigator's cohort builder and report pages: survival, cumulative incidence, response, cohort summary and transplant outcomes on screen, as PDF and as CSV, with their provenance.
 */
package org.aaregistry.web.report;
