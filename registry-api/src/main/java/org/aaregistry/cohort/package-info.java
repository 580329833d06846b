/**
 * Cohorts and the report inputs drawn from them. A cohort is a filter over the registry (site, cause, severity at
 * diagnosis, first-line regimen, transplanted, donor type, diagnosis dates, age at diagnosis). Each patient's course
 * is summarised in one row of the course summary (V8), refreshed in the same transaction as any change to the
 * record; a report streams only the columns it needs of the cohort's rows, in one read-only, repeatable-read
 * transaction, as PostgreSQL's binary COPY into primitive columns — never entities — so that a million patients
 * arrive in about a second and fit in a few hundred megabytes. The endpoints of the data dictionary (OS, EFS,
 * transplant-censored OS, GRFS, cumulative incidence of relapse, clonal evolution and response with their
 * competing events) turn those columns into (time, event, group) for the statistics of {@code reports}.
 */
package org.aaregistry.cohort;
