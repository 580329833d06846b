package org.aaregistry.transplant.entity;

/** GVHD prophylaxis (CSA cyclosporine, MTX methotrexate, MMF mycophenolate, TAC tacrolimus). */
public enum GvhdProphylaxis {
    CSA_MTX,
    CSA_MMF,
    TAC_MTX,
    PTCY_TAC_MMF,
    OTHER
}
