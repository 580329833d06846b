package org.aaregistry.demo.control;

import java.time.LocalDate;

/** Waiting times of a course: exponential at a constant yearly rate within a stretch of time. */
final class Hazards {

    private static final double DAYS_PER_YEAR = 365.25;

    private Hazards() {}

    /** When the event happens in [from, to), or null if not by then. Always one draw, whatever the rate. */
    static LocalDate within(Chance chance, LocalDate from, LocalDate to, double perYear) {
        double years = chance.exponential(perYear);
        if (years * DAYS_PER_YEAR >= to.toEpochDay() - from.toEpochDay()) {
            return null;
        }
        return from.plusDays((long) Math.floor(years * DAYS_PER_YEAR));
    }

    /** The yearly rate that gives probability {@code p} of the event over {@code years}. */
    static double rate(double p, double years) {
        return -Math.log(1 - Math.min(p, 0.999)) / years;
    }

    /** The earlier of two dates, either of which may be null (not happening). */
    static LocalDate first(LocalDate a, LocalDate b) {
        if (a == null) {
            return b;
        }
        return b == null || a.isBefore(b) ? a : b;
    }
}
