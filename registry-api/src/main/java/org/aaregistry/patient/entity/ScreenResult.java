package org.aaregistry.patient.entity;

/** Outcome of an inherited marrow failure screen (chromosome breakage test, genetic panel). */
public enum ScreenResult {
    NOT_DONE,
    NEGATIVE,
    POSITIVE
}
