package org.aaregistry.transplant.entity;

/** Myeloablative, reduced-intensity or non-myeloablative conditioning. */
public enum ConditioningIntensity {
    MAC,
    RIC,
    NMA
}
