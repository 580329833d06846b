package org.aaregistry.patient.entity;

/** Cause of death as the data dictionary codes it. */
public enum CauseOfDeath {
    AA_RELATED,
    INFECTION,
    BLEEDING,
    GVHD,
    GRAFT_FAILURE,
    MDS_AML,
    OTHER_MALIGNANCY,
    OTHER,
    UNKNOWN
}
