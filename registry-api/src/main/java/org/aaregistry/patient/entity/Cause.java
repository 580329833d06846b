package org.aaregistry.patient.entity;

/**
 * The cause of the marrow failure. {@code IBMF_*} are inherited bone marrow failure syndromes; reports split
 * acquired from inherited. {@code UNKNOWN} (not worked up) is not {@code IDIOPATHIC} (worked up, no cause found).
 */
public enum Cause {
    IDIOPATHIC,
    DRUG,
    TOXIN,
    RADIATION_CHEMO,
    HEPATITIS,
    PREGNANCY,
    PNH_ASSOCIATED,
    OTHER_IMMUNE,
    VIRAL,
    IBMF_FANCONI,
    IBMF_TELOMERE,
    IBMF_SDS,
    IBMF_GATA2,
    IBMF_OTHER,
    UNKNOWN;

    /** An inherited bone marrow failure syndrome, as opposed to acquired aplastic anemia. */
    public boolean inherited() {
        return name().startsWith("IBMF_");
    }
}
