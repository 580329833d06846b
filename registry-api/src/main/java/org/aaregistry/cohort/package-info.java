/**
 * Cohorts and the report inputs drawn from them. A cohort is a filter over the registry (site, cause, severity at
 * diagnosis, first-line regimen, transplanted, donor type, diagnosis dates, age at diagnosis); it is extracted in
 * one read-only, repeatable-read transaction straight from SQL into primitive columns — never entities — so that a
 * million patients fit in a few hundred megabytes. The endpoints of the data dictionary (OS, EFS,
 * transplant-censored OS, GRFS, cumulative incidence of relapse, clonal evolution and response with their
 * competing events) turn those columns into (time, event, group) for the statistics of {@code reports}.
 */
package org.aaregistry.cohort;
