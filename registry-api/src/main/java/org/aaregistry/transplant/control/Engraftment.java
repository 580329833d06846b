package org.aaregistry.transplant.control;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.function.Predicate;
import org.aaregistry.labs.control.CountSample;

/**
 * Engraftment dates derived from post-transplant counts (CIBMTR and ASTCT definitions, data dictionary
 * "Transplant").
 *
 * <p>Which values count: only counts after day 0 (the transplant date itself is excluded) with the value
 * measured; one value per day, and when a day has several, the lowest (conservative), which for platelets is
 * transfusion-affected if any of that day's counts followed a platelet transfusion within 7 days. "Consecutive"
 * means consecutive among these daily values, not consecutive calendar days.
 */
public final class Engraftment {

    /**
     * ANC ×10⁹/L, "at least" (CIBMTR, ASTCT). The EBMT Handbook writes "higher than"; the registry follows
     * CIBMTR and ASTCT.
     */
    static final double NEUTROPHIL_THRESHOLD = 0.5;
    /** Platelets ×10⁹/L, "at least", without platelet transfusion in the previous 7 days (CIBMTR, ASTCT). */
    static final double PLATELET_THRESHOLD = 20;
    /** Values on different days in a row (CIBMTR, ASTCT). */
    static final int RUN_LENGTH = 3;

    private Engraftment() {}

    /**
     * The first day of the first 3 consecutive daily values with ANC ≥ 0.5 ×10⁹/L after the post-transplant nadir.
     * The nadir is the lowest daily ANC after day 0, the earliest day if the lowest value recurs; the run starts
     * on a later day. Empty if no such run has been recorded.
     */
    public static Optional<LocalDate> neutrophil(LocalDate transplantDate, List<CountSample> counts) {
        List<DailyValue> days = daily(transplantDate, counts, CountSample::anc);
        if (days.isEmpty()) {
            return Optional.empty();
        }
        int nadir = nadir(days);
        return firstRun(days.subList(nadir + 1, days.size()), d -> d.value() >= NEUTROPHIL_THRESHOLD);
    }

    /**
     * The first day of the first 3 consecutive daily values with platelets ≥ 20 ×10⁹/L, none within 7 days of a
     * platelet transfusion; a transfusion-affected value breaks the run. Empty if no such run has been recorded.
     */
    public static Optional<LocalDate> platelet(LocalDate transplantDate, List<CountSample> counts) {
        List<DailyValue> days = daily(transplantDate, counts, CountSample::platelets);
        return firstRun(days, d -> d.value() >= PLATELET_THRESHOLD && !d.plateletsTransfused());
    }

    private record DailyValue(LocalDate date, double value, boolean plateletsTransfused) {

        DailyValue sameDay(DailyValue other) {
            return new DailyValue(date, Math.min(value, other.value), plateletsTransfused || other.plateletsTransfused);
        }
    }

    private static List<DailyValue> daily(
            LocalDate transplantDate, List<CountSample> counts, Function<CountSample, Double> measure) {
        Objects.requireNonNull(transplantDate, "transplantDate");
        TreeMap<LocalDate, DailyValue> byDay = new TreeMap<>();
        for (CountSample count : counts) {
            Double value = measure.apply(count);
            if (value != null && count.date().isAfter(transplantDate)) {
                DailyValue today = new DailyValue(count.date(), value, count.plateletsTransfusedPrevious7Days());
                byDay.merge(count.date(), today, DailyValue::sameDay);
            }
        }
        return List.copyOf(byDay.values());
    }

    /** Index of the lowest value; the earliest of equal lowest values. */
    private static int nadir(List<DailyValue> days) {
        int lowest = 0;
        for (int i = 1; i < days.size(); i++) {
            if (days.get(i).value() < days.get(lowest).value()) {
                lowest = i;
            }
        }
        return lowest;
    }

    private static Optional<LocalDate> firstRun(List<DailyValue> days, Predicate<DailyValue> qualifies) {
        int run = 0;
        for (int i = 0; i < days.size(); i++) {
            run = qualifies.test(days.get(i)) ? run + 1 : 0;
            if (run == RUN_LENGTH) {
                return Optional.of(days.get(i - RUN_LENGTH + 1).date());
            }
        }
        return Optional.empty();
    }
}
