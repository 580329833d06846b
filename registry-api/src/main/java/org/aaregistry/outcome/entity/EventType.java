package org.aaregistry.outcome.entity;

/**
 * A clinical event. RELAPSE: after a response, counts back in the severe range, transfusions resumed, or
 * immunosuppression restarted or increased. SECOND_LINE_THERAPY is not recorded: it is derived from the start
 * of a patient's second treatment line.
 */
public enum EventType {
    RELAPSE,
    CLONAL_EVOLUTION,
    PNH_CLINICAL,
    SECOND_LINE_THERAPY
}
