package org.aaregistry.treatment.entity;

/** Why a treatment line ended. */
public enum StopReason {
    COMPLETED,
    NO_RESPONSE,
    RELAPSE,
    TOXICITY,
    CLONAL_EVOLUTION,
    TRANSPLANT,
    DEATH,
    OTHER
}
