package org.aaregistry.reports.benchmark;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;
import org.aaregistry.reports.report.SurvivalGroup;
import org.aaregistry.reports.report.SurvivalReport;

/**
 * What the statistics benchmarks measure and how they write it down (markdown, the lines R's side prints in the
 * same form): medians of seven runs after two warm-up runs, the heap, and the results to set beside R's. Shared
 * by {@link StatisticsBenchmark} and registry-api's benchmark from the database.
 */
public final class Measurements {

    private static final int WARM_UP = 2;
    private static final int RUNS = 7;

    private final StringBuilder text = new StringBuilder();

    /** Runs {@code work} two times, then seven times measured; writes the median and returns the last result. */
    public <T> T median(String what, Supplier<T> work) {
        T result = null;
        for (int i = 0; i < WARM_UP; i++) {
            result = work.get();
        }
        List<Double> seconds = new ArrayList<>();
        for (int i = 0; i < RUNS; i++) {
            long start = System.nanoTime();
            result = work.get();
            seconds.add((System.nanoTime() - start) / 1e9);
        }
        Collections.sort(seconds);
        line(String.format(
                Locale.ROOT,
                "- %s: median **%.3f s** (min %.3f, max %.3f, %d runs)",
                what,
                seconds.get(RUNS / 2),
                seconds.getFirst(),
                seconds.getLast(),
                RUNS));
        return result;
    }

    /** Each group's size, events, median with limits, survival at the first landmark; the log-rank statistic. */
    public void survivalResults(SurvivalReport survival) {
        for (SurvivalGroup group : survival.groups()) {
            line(String.format(
                    Locale.ROOT,
                    "- %s: n %d, events %d, median %s (%s, %s), S(365) %.12f se %.12f",
                    group.name(),
                    group.n(),
                    group.events(),
                    group.median().estimate(),
                    group.median().lower(),
                    group.median().upper(),
                    group.landmarks().getFirst().survival(),
                    group.landmarks().getFirst().stdErr()));
        }
        line(String.format(
                Locale.ROOT,
                "- log-rank chi-square %.10f, df %d, p %.6g",
                survival.logRank().chiSquare(),
                survival.logRank().df(),
                survival.logRank().p()));
    }

    /** Forgets the heap's peaks so far. */
    public static void resetPeakHeap() {
        System.gc();
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                pool.resetPeakUsage();
            }
        }
    }

    /** Sum of the heap pools' peaks since the last reset: an upper bound of the heap in use at any one moment. */
    public static long peakHeapMegabytes() {
        long peak = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                peak += pool.getPeakUsage().getUsed();
            }
        }
        return peak / (1 << 20);
    }

    public static long maxHeapMegabytes() {
        return Runtime.getRuntime().maxMemory() / (1 << 20);
    }

    public void line(String line) {
        text.append(line).append('\n');
    }

    public String text() {
        return text.toString();
    }
}
