package org.aaregistry.patient.entity;

/** Sex as recorded; U = unknown or not recorded. */
public enum Sex {
    M,
    F,
    U
}
