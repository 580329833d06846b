package org.aaregistry.cohort.control;

/**
 * The time-to-event outcome of each included patient of a cohort, in days from the origin.
 *
 * @param patients the cohort index of each included patient
 * @param status 0 censored, 1 the event, 2 and up competing events (in the order the report names them)
 * @param excluded patients without the origin (never treated, never transplanted) or without a usable date
 */
public record Outcomes(int[] patients, double[] time, int[] status, int excluded) {

    public boolean[] events() {
        boolean[] events = new boolean[status.length];
        for (int i = 0; i < status.length; i++) {
            events[i] = status[i] == 1;
        }
        return events;
    }

    public int size() {
        return patients.length;
    }
}
