package org.aaregistry.cohort.entity;

/** The time-to-event endpoints of survival reports (data dictionary, "Endpoints for reports"). */
public enum Endpoint {
    /** Overall survival: death from any cause; censored at the last contact. */
    OS("death from any cause; censored at the last contact", Origin.DIAGNOSIS),
    /**
     * Event-free survival after immunosuppression: the first of the events of {@link EfsEvent}; published trials do
     * not share one list, so the set is a parameter (all by default) and printed on every report.
     */
    EFS("the first of the chosen events (below); censored at the last contact", Origin.FIRST_LINE_START),
    /** Overall survival censored at the first transplant. */
    OS_TRANSPLANT_CENSORED(
            "death from any cause; censored at the first transplant or the last contact", Origin.DIAGNOSIS),
    /** GVHD-free, failure-free survival after transplant. */
    GRFS(
            "the first of grade III-IV acute GVHD, moderate or severe chronic GVHD, graft failure, death;"
                    + " censored at the last contact",
            Origin.TRANSPLANT);

    private final String definition;
    private final Origin naturalOrigin;

    Endpoint(String definition, Origin naturalOrigin) {
        this.definition = definition;
        this.naturalOrigin = naturalOrigin;
    }

    public String definition() {
        return definition;
    }

    /**
     * The time origin a report uses when none is asked for: event-free survival counts from the start of
     * immunosuppression (the first line), GRFS from the day of transplant, the others from diagnosis.
     */
    public Origin naturalOrigin() {
        return naturalOrigin;
    }

    /**
     * Whether the endpoint applies to a patient at all: EFS only to patients who were treated (it is defined
     * after immunosuppression), GRFS only to transplanted patients — whatever the time origin.
     */
    public boolean appliesTo(boolean treated, boolean transplanted) {
        return switch (this) {
            case EFS -> treated;
            case GRFS -> transplanted;
            case OS, OS_TRANSPLANT_CENSORED -> true;
        };
    }
}
