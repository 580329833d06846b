package org.aaregistry.outcome.entity;

/**
 * The kind of clonal evolution: MDS, AML, high-risk cytogenetics (-7/del(7q), complex karyotype) or other
 * cytogenetic abnormalities (+8, del(13q), del(20q) and others).
 */
public enum ClonalEvolution {
    MDS,
    AML,
    CYTOGENETIC_HIGH_RISK,
    CYTOGENETIC_OTHER
}
