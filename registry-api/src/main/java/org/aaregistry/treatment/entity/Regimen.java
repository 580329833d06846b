package org.aaregistry.treatment.entity;

/** The regimen of a treatment line. HATG = horse ATG (40 mg/kg/day x 4), RATG = rabbit ATG (3.5 mg/kg/day x 5), CSA = cyclosporine (5 mg/kg q12h in adults), EPAG = eltrombopag (150 mg/day); the doses are reference hints, not enforced. */
public enum Regimen {
    SUPPORTIVE,
    HATG_CSA,
    HATG_CSA_EPAG,
    RATG_CSA,
    ALEMTUZUMAB,
    CSA_ALONE,
    ANDROGEN,
    TPO_RA,
    HSCT,
    OTHER
}
