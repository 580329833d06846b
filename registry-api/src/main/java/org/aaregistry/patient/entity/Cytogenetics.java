package org.aaregistry.patient.entity;

/** Marrow cytogenetics at diagnosis; the karyotype text goes with it. */
public enum Cytogenetics {
    NORMAL,
    ABNORMAL
}
