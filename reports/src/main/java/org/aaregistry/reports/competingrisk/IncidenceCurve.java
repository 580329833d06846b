package org.aaregistry.reports.competingrisk;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * The cumulative incidence of one cause in one group, made by {@link CumulativeIncidence}: a step
 * function that starts at 0 at time 0, jumps at each time the cause occurs, and is defined up to the
 * group's last follow-up time.
 */
public final class IncidenceCurve {
    private final String label;
    private final int cause;
    private final int patients;
    private final double lastFollowUp;
    private final double level;
    private final double z;
    private final double[] time;
    private final double[] incidence;
    private final double[] variance;

    IncidenceCurve(
            String label,
            int cause,
            int patients,
            double lastFollowUp,
            double level,
            double z,
            double[] time,
            double[] incidence,
            double[] variance) {
        this.label = label;
        this.cause = cause;
        this.patients = patients;
        this.lastFollowUp = lastFollowUp;
        this.level = level;
        this.z = z;
        this.time = time;
        this.incidence = incidence;
        this.variance = variance;
    }

    /** The group's label. */
    public String label() {
        return label;
    }

    /** The cause whose incidence this is. */
    public int cause() {
        return cause;
    }

    /** Confidence level of the pointwise intervals. */
    public double level() {
        return level;
    }

    /** Patients in the group. */
    public int patients() {
        return patients;
    }

    /** The group's last follow-up time (event or censoring); absent for an empty group. */
    public OptionalDouble lastFollowUp() {
        return patients == 0 ? OptionalDouble.empty() : OptionalDouble.of(lastFollowUp);
    }

    /** Number of steps: distinct times at which the cause occurred. */
    public int size() {
        return time.length;
    }

    /** The {@code i}-th step: the incidence and variance from that time on. */
    public IncidencePoint step(int i) {
        return IncidencePoint.of(time[i], incidence[i], variance[i], z);
    }

    /** All steps, in time order. */
    public List<IncidencePoint> steps() {
        List<IncidencePoint> steps = new ArrayList<>(size());
        for (int i = 0; i < size(); i++) {
            steps.add(step(i));
        }
        return List.copyOf(steps);
    }

    /**
     * The incidence at {@code t}, as {@code cmprsk::timepoints}: the last step at or before {@code t}
     * (0 before the first). Empty before time 0 and after the last follow-up, where {@code timepoints}
     * gives {@code NA}.
     */
    public Optional<IncidencePoint> at(double t) {
        if (Double.isNaN(t)) {
            throw new IllegalArgumentException("time is not a number");
        }
        if (patients == 0 || t < 0 || t > lastFollowUp) {
            return Optional.empty();
        }
        int i = Arrays.binarySearch(time, t + 0.0);
        i = i >= 0 ? i : -i - 2;
        return Optional.of(i < 0 ? IncidencePoint.of(t, 0, 0, z) : IncidencePoint.of(t, incidence[i], variance[i], z));
    }
}
