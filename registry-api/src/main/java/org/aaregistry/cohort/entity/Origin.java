package org.aaregistry.cohort.entity;

/** Time zero of a time-to-event report; patients without it (never treated, never transplanted) are left out. */
public enum Origin {
    DIAGNOSIS("diagnosis"),
    FIRST_LINE_START("start of the first treatment line"),
    TRANSPLANT("first transplant (day 0)");

    private final String definition;

    Origin(String definition) {
        this.definition = definition;
    }

    public String definition() {
        return definition;
    }
}
