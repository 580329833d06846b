package org.aaregistry.treatment.entity;

/** Why a line was given: first line, salvage after failure, or retreatment with a regimen used before. */
public enum Intent {
    FIRST_LINE,
    SALVAGE,
    RETREATMENT
}
