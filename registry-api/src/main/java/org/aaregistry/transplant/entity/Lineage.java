package org.aaregistry.transplant.entity;

/** The cells whose donor origin a chimerism test measured. */
public enum Lineage {
    WHOLE_BLOOD,
    T_CELL,
    MYELOID
}
