package org.aaregistry.demo.control;

import java.time.LocalDate;
import java.util.stream.Stream;

/**
 * A synthetic aplastic anemia network: patient {@code i} of the cohort with seed {@code s} is always the same
 * patient, whatever the cohort's size, the machine or the order of generation, so a cohort can be loaded in
 * batches, resumed, and compared. Clinical values only: the ids and audit times are the registry's own.
 */
public final class DemoCohort {

    /** The date the synthetic data run to: nothing is dated later. */
    public static final LocalDate AS_OF = LocalDate.of(2026, 6, 30);
    /** The seed of the cohort a new installation opens with. */
    public static final long DEFAULT_SEED = 1;
    /** Seeds are at most six digits, so that a study id stays within 40 characters. */
    public static final long MAX_SEED = 999_999;
    /** Patient numbers have seven digits. */
    public static final long MAX_PATIENTS = 9_999_999;

    private final long seed;
    private final String site;

    /**
     * @param seed 0 to {@link #MAX_SEED}
     * @param site every patient at this site; null spreads them over {@link DemoSite#NETWORK}
     */
    public DemoCohort(long seed, String site) {
        if (seed < 0 || seed > MAX_SEED) {
            throw new IllegalArgumentException("seed must be 0 to " + MAX_SEED);
        }
        this.seed = seed;
        this.site = site;
    }

    /** {@code DEMO1-0000042}, or {@code DEMO1-SITE-C-0000042} for a cohort loaded into one site. */
    public String studyId(long index) {
        return "DEMO" + seed + (site == null ? "" : "-" + site) + "-" + String.format("%07d", index + 1);
    }

    /** Patient {@code index} (from 0) of the cohort. */
    public DemoCourse patient(long index) {
        if (index < 0 || index >= MAX_PATIENTS) {
            throw new IllegalArgumentException("a cohort has at most " + MAX_PATIENTS + " patients");
        }
        Chance chance = Chance.of(seed, index);
        DemoSite where = site == null ? DemoSite.pick(chance) : DemoSite.of(site);
        Presentation presentation = Diagnoses.draw(chance, where);
        Course course = CourseSimulation.simulate(chance, presentation, where, AS_OF);
        return course.toRequests(studyId(index), where.code(), lastContact(chance, course));
    }

    /** Patients {@code from} to {@code from + count - 1}. */
    public Stream<DemoCourse> patients(long from, long count) {
        return Stream.iterate(from, i -> i + 1).limit(count).map(this::patient);
    }

    /**
     * The last contact of a patient alive at the end: seen within the five months before the as-of date, and not
     * before anything recorded. The dead were last seen at death; the lost on the day they were lost.
     */
    private static LocalDate lastContact(Chance chance, Course course) {
        if (course.death != null) {
            return course.death;
        }
        if (course.lost != null) {
            return course.lost;
        }
        LocalDate seen = AS_OF.minusDays(chance.between(0, 150));
        return Stream.of(
                        course.counts.stream().map(Course.Count::date),
                        course.events.stream().map(Course.Event::date),
                        course.lines.stream().flatMap(l -> Stream.of(l.start, l.end)),
                        course.transplants.stream().map(TransplantCourse.Record::day0))
                .flatMap(dates -> dates)
                .filter(date -> date != null && !date.isAfter(AS_OF))
                .reduce(seen, (a, b) -> a.isAfter(b) ? a : b);
    }
}
