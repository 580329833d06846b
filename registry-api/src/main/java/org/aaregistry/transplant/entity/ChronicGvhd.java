package org.aaregistry.transplant.entity;

/** Chronic GVHD by the NIH 2014 global severity; MODERATE and SEVERE are GRFS events. */
public enum ChronicGvhd {
    NONE,
    MILD,
    MODERATE,
    SEVERE
}
