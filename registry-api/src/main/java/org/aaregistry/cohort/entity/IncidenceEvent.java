package org.aaregistry.cohort.entity;

import java.util.List;

/** Events of cumulative incidence reports, each with the events that compete with it (Aalen-Johansen). */
public enum IncidenceEvent {
    RELAPSE(List.of("death")),
    CLONAL_EVOLUTION(List.of("death")),
    /** First response (CR or PR) to the first line; a transplant before it competes, as death does. */
    RESPONSE(List.of("death", "transplant"));

    private final List<String> competing;

    IncidenceEvent(List<String> competing) {
        this.competing = competing;
    }

    public List<String> competing() {
        return competing;
    }
}
