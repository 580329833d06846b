package org.aaregistry.cohort.entity;

/**
 * How a report splits its cohort. Cause groups: INHERITED (the IBMF_* syndromes), ACQUIRED (a cause found or
 * idiopathic after work-up), NOT_WORKED_UP (cause UNKNOWN). Age groups at diagnosis: <18, 18-39, 40-59, ≥60.
 */
public enum GroupBy {
    FIRST_LINE_REGIMEN(false),
    SEVERITY(true),
    CAUSE_GROUP(true),
    DONOR_TYPE(false),
    GRAFT_SOURCE(false),
    AGE_GROUP(true),
    SEX(true);

    private final boolean fromDemography;

    GroupBy(boolean fromDemography) {
        this.fromDemography = fromDemography;
    }

    /** Whether the groups are made of the patient's demography (sex, age, cause, severity at diagnosis). */
    public boolean fromDemography() {
        return fromDemography;
    }
}
