package org.aaregistry.demo.control;

import org.aaregistry.demo.control.Calibration.ResponseProfile;
import org.aaregistry.demo.control.CountSeries.Status;

/**
 * Whether a patient responds to a line at 3, 6 and 12 months, drawn so that the shares of a {@link ResponseProfile}
 * come out: responders at 3 months are responders at 6; a few responders at 6 months lose it by 12, a few late
 * responders appear; complete responses deepen from partial ones over the year.
 */
record ResponseStates(Status at3, Status at6, Status at12) {

    /** Share of responders at 6 months who no longer respond at 12 (early relapse; assumption). */
    private static final double LOST_BY_12 = 0.05;

    static ResponseStates draw(Chance chance, ResponseProfile profile) {
        boolean responds6 = chance.chance(profile.orr6());
        boolean complete6 = responds6 && chance.chance(profile.cr6() / profile.orr6());
        boolean responds3 = responds6 && chance.chance(profile.orr3() / profile.orr6());
        double complete3Given = profile.cr3() / (profile.orr3() * profile.cr6() / profile.orr6());
        boolean complete3 = responds3 && complete6 && chance.chance(complete3Given);

        double kept = responds6 ? 1 - LOST_BY_12 : 0;
        double late = Math.max(0, profile.orr12() - profile.orr6() * (1 - LOST_BY_12)) / (1 - profile.orr6());
        boolean responds12 = responds6 ? chance.chance(kept) : chance.chance(late);
        // complete at 12: complete at 6 and kept, or a partial (or late) response that deepened
        double deepen = Math.max(0, profile.cr12() - profile.cr6() * (1 - LOST_BY_12))
                / Math.max(0.01, profile.orr12() - profile.cr6() * (1 - LOST_BY_12));
        boolean complete12 = responds12 && (complete6 || chance.chance(Math.min(1, deepen)));
        return new ResponseStates(
                status(responds3, complete3), status(responds6, complete6), status(responds12, complete12));
    }

    private static Status status(boolean responds, boolean complete) {
        return !responds ? Status.NO_RESPONSE : complete ? Status.COMPLETE : Status.PARTIAL;
    }

    /** What a count taken {@code months} after the line's start shows. */
    Status at(double months) {
        if (months < 2.5) {
            return at3 != Status.NO_RESPONSE && months >= 1.5 ? Status.RECOVERING : Status.EARLY;
        }
        if (months < 4.5) {
            return at3;
        }
        return months < 9 ? at6 : at12;
    }

    boolean respondsAt6() {
        return at6 != Status.NO_RESPONSE;
    }
}
