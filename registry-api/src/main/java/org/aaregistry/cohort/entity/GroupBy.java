package org.aaregistry.cohort.entity;

/**
 * How a report splits its cohort. Cause groups: INHERITED (the IBMF_* syndromes), ACQUIRED (a cause found or
 * idiopathic after work-up), NOT_WORKED_UP (cause UNKNOWN). Age groups at diagnosis: <18, 18-39, 40-59, ≥60.
 */
public enum GroupBy {
    FIRST_LINE_REGIMEN,
    SEVERITY,
    CAUSE_GROUP,
    DONOR_TYPE,
    GRAFT_SOURCE,
    AGE_GROUP,
    SEX
}
