package org.aaregistry.reports.report;

import java.util.List;
import java.util.Objects;

/**
 * One group's cumulative incidence curve.
 *
 * @param name the group's label
 * @param n patients in the group
 * @param events patients whose follow-up ended with the event of interest
 * @param competingEvents patients whose follow-up ended with a competing event
 * @param landmarks the incidence at the requested times ({@code cmprsk::timepoints})
 * @param curve one point per distinct time the event occurred; the curve is 0 before the first
 */
public record IncidenceGroup(
        String name,
        int n,
        int events,
        int competingEvents,
        List<IncidenceLandmark> landmarks,
        List<IncidencePoint> curve) {

    public IncidenceGroup {
        Objects.requireNonNull(name, "name");
        landmarks = List.copyOf(landmarks);
        curve = List.copyOf(curve);
    }
}
