package org.aaregistry.benchmark;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** Repeated measurements of one thing, summarised as a benchmark reports them: median, p95, min, max. */
final class Timings {

    private final List<Double> values = new ArrayList<>();

    void add(double value) {
        values.add(value);
    }

    double median() {
        return percentile(50);
    }

    double percentile(double p) {
        List<Double> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        int index = (int) Math.ceil(p / 100.0 * sorted.size()) - 1;
        return sorted.get(Math.max(0, Math.min(sorted.size() - 1, index)));
    }

    int count() {
        return values.size();
    }

    String describe(String unit) {
        List<Double> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        return String.format(
                java.util.Locale.ROOT,
                "median **%.3g %s**, p95 %.3g %s, min %.3g, max %.3g (n=%d)",
                median(),
                unit,
                percentile(95),
                unit,
                sorted.getFirst(),
                sorted.getLast(),
                values.size());
    }
}
