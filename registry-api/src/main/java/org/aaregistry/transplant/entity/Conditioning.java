package org.aaregistry.transplant.entity;

/** The conditioning regimen (CY cyclophosphamide, FLU fludarabine, TBI total body irradiation, PTCY post-transplant cyclophosphamide). */
public enum Conditioning {
    CY_ATG,
    FLU_CY_ATG,
    FLU_CY_ATG_TBI,
    FLU_CY_ALEMTUZUMAB,
    PTCY_HAPLO,
    OTHER
}
