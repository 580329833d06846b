package org.aaregistry.transplant.entity;

/** Graft failure: PRIMARY = no neutrophil engraftment by day +28 (+42 for cord; EBMT Handbook, ASTCT uses day +30); SECONDARY = loss of the graft after engraftment. */
public enum GraftFailure {
    NONE,
    PRIMARY,
    SECONDARY
}
