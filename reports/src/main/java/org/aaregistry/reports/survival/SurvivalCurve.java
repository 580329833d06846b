package org.aaregistry.reports.survival;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * The Kaplan–Meier curve of one group with its confidence band, made by {@link KaplanMeier}. Holds
 * one row per distinct follow-up time in primitive arrays; {@link #step(int)} and {@link #steps()}
 * give them as records.
 */
public final class SurvivalCurve {
    private final String label;
    private final RiskSets riskSets;
    private final ConfidenceInterval interval;
    private final double level;
    private final double z;
    private final double[] survival;
    private final double[] sigma;
    private final double[] lower;
    private final double[] upper;
    private final double[] cumulativeHazard;

    SurvivalCurve(
            String label,
            RiskSets riskSets,
            ConfidenceInterval interval,
            double level,
            double z,
            double[] survival,
            double[] sigma,
            double[] lower,
            double[] upper,
            double[] cumulativeHazard) {
        this.label = label;
        this.riskSets = riskSets;
        this.interval = interval;
        this.level = level;
        this.z = z;
        this.survival = survival;
        this.sigma = sigma;
        this.lower = lower;
        this.upper = upper;
        this.cumulativeHazard = cumulativeHazard;
    }

    /** The group's label. */
    public String label() {
        return label;
    }

    /** The interval type of {@link #lower}/{@link #upper} limits. */
    public ConfidenceInterval confidenceInterval() {
        return interval;
    }

    /** The confidence level, 0.95 by default. */
    public double level() {
        return level;
    }

    /** Number of patients in the group. */
    public int patients() {
        return riskSets.patients();
    }

    /** Number of rows: the group's distinct follow-up times. */
    public int size() {
        return survival.length;
    }

    /** The {@code i}-th row. */
    public SurvivalStep step(int i) {
        double se = sigma[i];
        return new SurvivalStep(
                riskSets.time(i),
                riskSets.atRisk(i),
                riskSets.exits(1, i),
                riskSets.exits(0, i),
                survival[i],
                present(se),
                present(survival[i] * se),
                present(lower[i]),
                present(upper[i]),
                cumulativeHazard[i]);
    }

    /** All rows, in time order. */
    public List<SurvivalStep> steps() {
        List<SurvivalStep> steps = new ArrayList<>(size());
        for (int i = 0; i < size(); i++) {
            steps.add(step(i));
        }
        return List.copyOf(steps);
    }

    /** Number at risk at {@code time}: patients followed for at least that long. */
    public int numberAtRisk(double time) {
        return riskSets.numberAtRisk(time);
    }

    /**
     * Survival at a landmark time, as R's {@code summary(fit, times = time)}: the estimate of the last
     * row at or before {@code time} (1, with standard error 0, before the first row). Empty after the
     * last follow-up time, where R's summary (with its default {@code extend = FALSE}) reports nothing —
     * even for a curve that has fallen to 0 — and for an empty group.
     */
    public Optional<LandmarkSurvival> at(double time) {
        if (time < 0 || size() == 0 || time > riskSets.lastTime()) {
            return Optional.empty();
        }
        int i = riskSets.lastAtOrBefore(time);
        double s = i < 0 ? 1 : survival[i];
        double se = i < 0 ? 0 : sigma[i];
        return Optional.of(new LandmarkSurvival(
                time,
                riskSets.numberAtRisk(time),
                s,
                present(s * se),
                present(interval.lower(s, se, z)),
                present(interval.upper(s, se, z))));
    }

    /** The 25th, 50th and 75th percentiles with their confidence limits. */
    public List<SurvivalQuantile> quartiles() {
        return quantiles(0.25, 0.5, 0.75);
    }

    /** The median survival time with its confidence limits. */
    public SurvivalQuantile median() {
        return quantiles(0.5).get(0);
    }

    /**
     * Percentiles as R's {@code quantile(fit, probs)} computes them; see {@link CurveCrossing}. As in
     * R, the probabilities asked together share one rule: if the curve never falls to 1 − the smallest
     * of them, all are absent.
     *
     * @param probabilities values in [0, 1]
     */
    public List<SurvivalQuantile> quantiles(double... probabilities) {
        for (double p : probabilities) {
            if (!(p >= 0 && p <= 1)) {
                throw new IllegalArgumentException("probability must lie in [0, 1]: " + p);
            }
        }
        double[] times = new double[size()];
        for (int i = 0; i < times.length; i++) {
            times[i] = riskSets.time(i);
        }
        double[] estimate = CurveCrossing.find(0, times, survival, probabilities);
        double[] fromLower = CurveCrossing.find(0, times, lower, probabilities);
        double[] fromUpper = CurveCrossing.find(0, times, upper, probabilities);
        List<SurvivalQuantile> result = new ArrayList<>(probabilities.length);
        for (int q = 0; q < probabilities.length; q++) {
            result.add(new SurvivalQuantile(
                    probabilities[q], present(estimate[q]), present(fromLower[q]), present(fromUpper[q])));
        }
        return List.copyOf(result);
    }

    private static OptionalDouble present(double value) {
        return Double.isNaN(value) ? OptionalDouble.empty() : OptionalDouble.of(value);
    }
}
