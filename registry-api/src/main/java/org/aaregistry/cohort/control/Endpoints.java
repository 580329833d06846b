package org.aaregistry.cohort.control;

import static org.aaregistry.cohort.control.Cohort.NONE;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.Set;
import org.aaregistry.cohort.entity.EfsEvent;
import org.aaregistry.cohort.entity.Endpoint;
import org.aaregistry.cohort.entity.IncidenceEvent;
import org.aaregistry.cohort.entity.Origin;
import org.aaregistry.transplant.entity.ChronicGvhd;
import org.aaregistry.transplant.entity.GraftFailure;

/**
 * The endpoints of the data dictionary, computed per patient from a cohort's columns. An event counts from the
 * origin (same day included) up to the end of follow-up, which is the last contact or death, never later than
 * the data cut-off. A patient whose origin or needed date is unknown is left out and counted as excluded —
 * never guessed (e.g. grade III-IV acute GVHD without its onset date excludes the patient from GRFS). EFS counts
 * only treated patients and GRFS only transplanted ones, whatever the origin ({@link Endpoint#appliesTo}).
 */
public final class Endpoints {

    private static final int CENSORED = 0;
    private static final int EVENT = 1;
    private static final int UNUSABLE = Integer.MAX_VALUE;

    private Endpoints() {}

    public static Outcomes survival(Cohort c, Endpoint endpoint, Origin origin, Set<EfsEvent> efsEvents) {
        Collected out = new Collected(c.size);
        for (int i = 0; i < c.size; i++) {
            int start = origin(c, i, origin);
            int end = end(c, i);
            boolean treated = c.firstLineStart[i] != NONE && c.firstLineStart[i] <= end;
            boolean transplanted = c.transplant[i] != NONE && c.transplant[i] <= end;
            if (start == NONE || end == NONE || end < start || !endpoint.appliesTo(treated, transplanted)) {
                out.excluded++;
                continue;
            }
            int event = firstEvent(c, i, endpoint, efsEvents, start, end);
            if (event == UNUSABLE) {
                out.excluded++;
                continue;
            }
            int stop = end;
            if (endpoint == Endpoint.OS_TRANSPLANT_CENSORED
                    && c.transplant[i] != NONE
                    && c.transplant[i] > start
                    && c.transplant[i] <= end
                    && (event == NONE || c.transplant[i] <= event)) {
                event = NONE;
                stop = c.transplant[i];
            }
            out.add(i, (event == NONE ? stop : event) - start, event == NONE ? CENSORED : EVENT);
        }
        return out.outcomes();
    }

    /** Cumulative incidence: status 1 the event, 2 death, 3 transplant (competing for response only). */
    public static Outcomes incidence(Cohort c, IncidenceEvent kind, Origin origin) {
        Collected out = new Collected(c.size);
        for (int i = 0; i < c.size; i++) {
            int start = origin(c, i, origin);
            int end = end(c, i);
            if (start == NONE || end == NONE || end < start) {
                out.excluded++;
                continue;
            }
            int eventDate = within(
                    switch (kind) {
                        case RELAPSE -> c.relapse[i];
                        case CLONAL_EVOLUTION -> c.clonalEvolution[i];
                        case RESPONSE -> c.firstResponse[i];
                    },
                    start,
                    end);
            int deathDate = within(death(c, i), start, end);
            int transplantDate = kind == IncidenceEvent.RESPONSE ? within(c.transplant[i], start, end) : NONE;
            int first = earliest(eventDate, deathDate, transplantDate);
            int status = first == NONE ? CENSORED : first == eventDate ? EVENT : first == deathDate ? 2 : 3;
            out.add(i, (first == NONE ? end : first) - start, status);
        }
        return out.outcomes();
    }

    static int origin(Cohort c, int i, Origin origin) {
        return switch (origin) {
            case DIAGNOSIS -> c.diagnosis[i];
            case FIRST_LINE_START -> c.firstLineStart[i];
            case TRANSPLANT -> c.transplant[i];
        };
    }

    /** The end of follow-up: death, else the last contact; never after the data cut-off. */
    static int end(Cohort c, int i) {
        int last = c.death[i] != NONE ? c.death[i] : c.lastContact[i];
        return last == NONE ? NONE : Math.min(last, c.cutOff);
    }

    private static int death(Cohort c, int i) {
        return c.death[i] != NONE && c.death[i] <= c.cutOff ? c.death[i] : NONE;
    }

    /** The date of the endpoint's first event, {@code NONE} if none, {@code UNUSABLE} if a needed date is unknown. */
    private static int firstEvent(Cohort c, int i, Endpoint endpoint, Set<EfsEvent> efs, int start, int end) {
        return switch (endpoint) {
            case OS, OS_TRANSPLANT_CENSORED -> within(death(c, i), start, end);
            case EFS ->
                earliest(
                        efs.contains(EfsEvent.DEATH) ? within(death(c, i), start, end) : NONE,
                        efs.contains(EfsEvent.NO_RESPONSE_6M) ? within(noResponseAt6Months(c, i), start, end) : NONE,
                        efs.contains(EfsEvent.RELAPSE) ? within(c.relapse[i], start, end) : NONE,
                        efs.contains(EfsEvent.CLONAL_EVOLUTION) ? within(c.clonalEvolution[i], start, end) : NONE,
                        efs.contains(EfsEvent.PNH_CLINICAL) ? within(c.pnhClinical[i], start, end) : NONE,
                        efs.contains(EfsEvent.SECOND_LINE_THERAPY) ? within(c.secondLineStart[i], start, end) : NONE);
            case GRFS -> grfs(c, i, start, end);
        };
    }

    private static int grfs(Cohort c, int i, int start, int end) {
        int acute = NONE;
        if (c.acuteGvhdGrade[i] >= 3) {
            if (c.acuteGvhdOnset[i] == NONE) {
                return UNUSABLE;
            }
            acute = within(c.acuteGvhdOnset[i], start, end);
        }
        int chronic = NONE;
        if (c.chronicGvhd[i] == ChronicGvhd.MODERATE.ordinal() || c.chronicGvhd[i] == ChronicGvhd.SEVERE.ordinal()) {
            if (c.chronicGvhdOnset[i] == NONE) {
                return UNUSABLE;
            }
            chronic = within(c.chronicGvhdOnset[i], start, end);
        }
        int failure = NONE;
        if (c.graftFailure[i] > GraftFailure.NONE.ordinal()) {
            if (c.graftFailureDate[i] == NONE) {
                return UNUSABLE;
            }
            failure = within(c.graftFailureDate[i], start, end);
        }
        return earliest(acute, chronic, failure, within(death(c, i), start, end));
    }

    /** No response at 6 months of the first line, dated at the 6-month point. */
    private static int noResponseAt6Months(Cohort c, int i) {
        if (c.response[1][i] != Cohort.NR || c.firstLineStart[i] == NONE) {
            return NONE;
        }
        return (int) LocalDate.ofEpochDay(c.firstLineStart[i]).plusMonths(6).toEpochDay();
    }

    private static int within(int date, int start, int end) {
        return date != NONE && date >= start && date <= end ? date : NONE;
    }

    private static int earliest(int... dates) {
        int first = NONE;
        for (int date : dates) {
            if (date != NONE && (first == NONE || date < first)) {
                first = date;
            }
        }
        return first;
    }

    /** Included patients as they are collected. */
    private static final class Collected {
        private final int[] patients;
        private final double[] time;
        private final int[] status;
        private int size;
        int excluded;

        Collected(int capacity) {
            patients = new int[capacity];
            time = new double[capacity];
            status = new int[capacity];
        }

        void add(int patient, int days, int code) {
            patients[size] = patient;
            time[size] = days;
            status[size] = code;
            size++;
        }

        Outcomes outcomes() {
            return new Outcomes(
                    Arrays.copyOf(patients, size), Arrays.copyOf(time, size), Arrays.copyOf(status, size), excluded);
        }
    }
}
