package org.aaregistry.cohort.entity;

/** The time-to-event endpoints of survival reports (data dictionary, "Endpoints for reports"). */
public enum Endpoint {
    /** Overall survival: death from any cause; censored at the last contact. */
    OS("death from any cause; censored at the last contact"),
    /**
     * Event-free survival after immunosuppression: the first of the events of {@link EfsEvent}; published trials do
     * not share one list, so the set is a parameter (all by default) and printed on every report.
     */
    EFS("the first of the chosen events (below); censored at the last contact"),
    /** Overall survival censored at the first transplant. */
    OS_TRANSPLANT_CENSORED("death from any cause; censored at the first transplant or the last contact"),
    /** GVHD-free, failure-free survival after transplant. */
    GRFS("the first of grade III-IV acute GVHD, moderate or severe chronic GVHD, graft failure, death;"
            + " censored at the last contact");

    private final String definition;

    Endpoint(String definition) {
        this.definition = definition;
    }

    public String definition() {
        return definition;
    }
}
