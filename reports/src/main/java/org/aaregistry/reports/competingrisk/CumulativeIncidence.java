package org.aaregistry.reports.competingrisk;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.aaregistry.reports.survival.RiskSets;
import org.apache.commons.math3.distribution.NormalDistribution;

/**
 * The Aalen–Johansen estimate of the cumulative incidence of a cause in the presence of competing
 * causes, per group, with the variance {@code cmprsk::cuminc} reports (Gray's Fortran routine {@code
 * cinc}).
 *
 * <p>At each distinct time with n at risk, d₁ events of the cause and d₂ of other causes, and S(t−) the
 * Kaplan–Meier probability of no event of any cause just before: F(t) = F(t−) + S(t−)·d₁/n. Unlike 1 −
 * Kaplan–Meier of the cause alone, this does not treat competing events as censoring, which would
 * overstate the incidence.
 *
 * <p>Variance: the delta-method estimator of Gray's cmprsk, Σ_j q_j (a_j − F(t)·b_j)² over event times
 * u_j ≤ t, with q_j = S(u_j−)²·τ_j·d_j/n_j², b_j = 1/S(u_j) (0 once S reaches 0), a_j = 1 + F(u_j)/S(u_j) at times of the cause
 * and a_j = F(u_j)/S(u_j) at times of other causes, and the tie factor τ_j = 1 − (d_j − 1)/(n_j − 1)
 * (each kind of event contributing its own term). cuminc expands the square into three running sums
 * and evaluates it only where F jumps; so do we, so the variance is a step function with the same
 * steps as F.
 */
public final class CumulativeIncidence {
    private CumulativeIncidence() {}

    /** One curve per group, 95 % intervals. */
    public static List<IncidenceCurve> estimate(CompetingRisksData data, int cause) {
        return estimate(data, cause, 0.95);
    }

    /**
     * One curve per group for {@code cause}, in group-index order.
     *
     * @param cause the cause of interest, 1 or more (a cause without events gives curves at 0)
     * @param level confidence level of the pointwise intervals
     */
    public static List<IncidenceCurve> estimate(CompetingRisksData data, int cause, double level) {
        if (cause < 1) {
            throw new IllegalArgumentException("the cause of interest must be 1 or more: " + cause);
        }
        if (!(level > 0 && level < 1)) {
            throw new IllegalArgumentException("confidence level must lie strictly between 0 and 1: " + level);
        }
        double z = new NormalDistribution(0, 1).inverseCumulativeProbability(1 - (1 - level) / 2);
        List<IncidenceCurve> curves = new ArrayList<>(data.groupCount());
        for (int g = 0; g < data.groupCount(); g++) {
            curves.add(curve(data.groupLabels().get(g), data.riskSets(g), cause, level, z));
        }
        return List.copyOf(curves);
    }

    /** Events of {@code cause} at the {@code i}-th time (0 if the cause never occurs in the data). */
    private static int causeEvents(RiskSets sets, int cause, int i) {
        return cause < sets.kinds() ? sets.exits(cause, i) : 0;
    }

    private static IncidenceCurve curve(String label, RiskSets sets, int cause, double level, double z) {
        int m = sets.size();
        double[] time = new double[m];
        double[] incidence = new double[m];
        double[] variance = new double[m];
        int steps = 0;
        double survival = 1; // S(t−), all causes
        double f = 0;
        VarianceSums sums = new VarianceSums();
        for (int i = 0; i < m; i++) {
            double n = sets.atRisk(i);
            int ofCause = causeEvents(sets, cause, i);
            int ofOthers = sets.events(i) - ofCause;
            if (ofCause + ofOthers == 0) {
                continue;
            }
            double survivalAfter = survival * (n - ofCause - ofOthers) / n;
            if (ofCause > 0) {
                f += survival * ofCause / n;
            }
            if (ofOthers > 0 && survivalAfter > 0) {
                sums.add(
                        f / survivalAfter,
                        1 / survivalAfter,
                        survival * survival * tieFactor(ofOthers, n) * ofOthers / (n * n));
            }
            if (ofCause > 0) {
                double b = survivalAfter > 0 ? 1 / survivalAfter : 0;
                sums.add(1 + b * f, b, survival * survival * tieFactor(ofCause, n) * ofCause / (n * n));
                time[steps] = sets.time(i);
                incidence[steps] = f;
                variance[steps++] = sums.at(f);
            }
            survival = survivalAfter;
        }
        return new IncidenceCurve(
                label,
                cause,
                sets.patients(),
                sets.patients() == 0 ? Double.NaN : sets.lastTime(),
                level,
                z,
                Arrays.copyOf(time, steps),
                Arrays.copyOf(incidence, steps),
                Arrays.copyOf(variance, steps));
    }

    /** Σ q (a − F·b)² kept as its three expanded sums, so each step costs O(1), as in cinc. */
    private static final class VarianceSums {
        private double aa;
        private double ab;
        private double bb;

        void add(double a, double b, double q) {
            aa += a * a * q;
            ab += a * b * q;
            bb += b * b * q;
        }

        double at(double f) {
            return aa + f * f * bb - 2 * f * ab;
        }
    }

    /** 1 − (d − 1)/(n − 1): tied events counted as dependent draws (cinc's correction). */
    private static double tieFactor(int d, double n) {
        return d > 1 ? 1 - (d - 1) / (n - 1) : 1;
    }
}
