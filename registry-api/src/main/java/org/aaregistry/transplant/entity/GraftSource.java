package org.aaregistry.transplant.entity;

/** Where the stem cells came from: bone marrow, peripheral blood, cord blood, or marrow and blood. */
public enum GraftSource {
    BM,
    PBSC,
    CORD,
    BM_PBSC
}
