package org.aaregistry.cohort.entity;

/** The events event-free survival may count (default: all). */
public enum EfsEvent {
    DEATH("death"),
    NO_RESPONSE_6M("no response at 6 months of the first line (dated at the 6-month point)"),
    RELAPSE("relapse"),
    CLONAL_EVOLUTION("clonal evolution"),
    PNH_CLINICAL("clinical PNH"),
    SECOND_LINE_THERAPY("second-line therapy (start of line 2)");

    private final String definition;

    EfsEvent(String definition) {
        this.definition = definition;
    }

    public String definition() {
        return definition;
    }
}
