package org.aaregistry.outcome.control;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import org.aaregistry.labs.control.CountSample;
import org.aaregistry.outcome.entity.TimePoint;

/**
 * The dates whose counts may speak for a time point: the target date is the line start plus N calendar months,
 * and counts from one month before to one month after it count, both ends inclusive (data dictionary, "Response
 * assessments": "3, 6 and 12 months ± 1 month").
 *
 * @param timePoint the time point
 * @param target line start plus the time point's months
 * @param from target minus one month, inclusive
 * @param to target plus one month, inclusive
 */
public record ResponseWindow(TimePoint timePoint, LocalDate target, LocalDate from, LocalDate to) {

    public ResponseWindow {
        Objects.requireNonNull(timePoint, "timePoint");
        Objects.requireNonNull(target, "target");
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
    }

    /** Calendar months as {@link LocalDate#plusMonths} counts them: 31 January + 3 months is 30 April. */
    public static ResponseWindow of(LocalDate lineStart, TimePoint timePoint) {
        LocalDate target = lineStart.plusMonths(timePoint.months());
        return new ResponseWindow(timePoint, target, target.minusMonths(1), target.plusMonths(1));
    }

    public boolean contains(LocalDate date) {
        return !date.isBefore(from) && !date.isAfter(to);
    }

    /** The count nearest the target date; of two equally near, the earlier. */
    public CountSample nearest(List<CountSample> counts) {
        Comparator<CountSample> byDistance =
                Comparator.comparingLong(c -> Math.abs(ChronoUnit.DAYS.between(target, c.date())));
        return counts.stream()
                .min(byDistance.thenComparing(CountSample::date))
                .orElseThrow(() -> new IllegalArgumentException("no counts"));
    }

    /** {@code "2024-03-01 to 2024-05-01"}, for explanations. */
    String span() {
        return from + " to " + to;
    }
}
