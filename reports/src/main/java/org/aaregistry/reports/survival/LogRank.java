package org.aaregistry.reports.survival;

import java.util.ArrayList;
import java.util.List;
import java.util.OptionalDouble;
import java.util.stream.IntStream;
import org.apache.commons.math3.linear.Array2DRowRealMatrix;
import org.apache.commons.math3.linear.ArrayRealVector;
import org.apache.commons.math3.linear.DecompositionSolver;
import org.apache.commons.math3.linear.LUDecomposition;
import org.apache.commons.math3.linear.RealMatrix;
import org.apache.commons.math3.linear.RealVector;
import org.apache.commons.math3.linear.SingularValueDecomposition;
import org.apache.commons.math3.special.Gamma;

/**
 * The G-rho family of k-sample tests of Harrington and Fleming (1982), as R's {@code survdiff}: rho = 0
 * is the log-rank test (Mantel 1966), rho = 1 the Peto–Peto modification of the Gehan–Wilcoxon test,
 * which weights each event time by S(t−), the pooled Kaplan–Meier estimate just before it, and so
 * stresses early differences.
 *
 * <p>At each event time with N at risk and D events overall, group j with n_j at risk and d_j events
 * adds w·d_j to observed, w·D·n_j/N to expected and w²·D(N−D)/(N(N−1)) · n_j(δ_jk − n_k/N) to the
 * hypergeometric covariance, where w = S(t−)^rho. The statistic is (O − E)ᵀ V⁻¹ (O − E) over the groups
 * with expected events less the first of them (V has rank k − 1), on k − 1 degrees of freedom.
 */
public final class LogRank {
    private LogRank() {}

    /** The log-rank test (rho = 0). */
    public static LogRankResult test(SurvivalData data) {
        return test(data, 0);
    }

    /**
     * @param rho weight exponent, finite and not negative (1 for Peto–Peto)
     */
    public static LogRankResult test(SurvivalData data, double rho) {
        if (!(rho >= 0) || Double.isInfinite(rho)) {
            throw new IllegalArgumentException("rho must be finite and not negative: " + rho);
        }
        int k = data.groupCount();
        RiskSets[] groups = new RiskSets[k];
        for (int g = 0; g < k; g++) {
            groups[g] = data.riskSets(g);
        }
        double[] observed = new double[k];
        double[] expected = new double[k];
        double[][] variance = new double[k][k];
        accumulate(new PooledTimeline(groups), k, rho, observed, expected, variance);
        List<LogRankGroup> rows = new ArrayList<>(k);
        for (int g = 0; g < k; g++) {
            rows.add(new LogRankGroup(data.groupLabels().get(g), groups[g].patients(), observed[g], expected[g]));
        }
        return statistic(rho, rows, observed, expected, variance);
    }

    private static void accumulate(
            PooledTimeline timeline, int k, double rho, double[] observed, double[] expected, double[][] variance) {
        double pooledSurvival = 1; // left-continuous pooled Kaplan–Meier, for the weights
        while (timeline.next()) {
            double n = 0;
            double d = 0;
            for (int g = 0; g < k; g++) {
                n += timeline.atRisk(g);
                d += timeline.exits(1, g);
            }
            if (d == 0) {
                continue;
            }
            double w = rho == 0 ? 1 : Math.pow(pooledSurvival, rho);
            double share = w * d / n; // expected events per patient at risk
            for (int g = 0; g < k; g++) {
                observed[g] += w * timeline.exits(1, g);
                expected[g] += share * timeline.atRisk(g);
            }
            if (n > 1) {
                double hypergeometric = w * w * d * (n - d) / (n * (n - 1));
                for (int i = 0; i < k; i++) {
                    double term = hypergeometric * timeline.atRisk(i);
                    variance[i][i] += term;
                    for (int j = 0; j < k; j++) {
                        variance[i][j] -= term / n * timeline.atRisk(j);
                    }
                }
            }
            pooledSurvival *= (n - d) / n;
        }
    }

    private static LogRankResult statistic(
            double rho, List<LogRankGroup> rows, double[] observed, double[] expected, double[][] variance) {
        // survdiff drops groups without expected events, then the first remaining group.
        int[] kept =
                IntStream.range(0, expected.length).filter(g -> expected[g] > 0).toArray();
        if (kept.length < 2) {
            return new LogRankResult(
                    rho, rows, variance, OptionalDouble.empty(), Math.max(kept.length - 1, 0), OptionalDouble.empty());
        }
        int m = kept.length - 1;
        RealVector difference = new ArrayRealVector(m);
        RealMatrix v = new Array2DRowRealMatrix(m, m);
        for (int i = 0; i < m; i++) {
            difference.setEntry(i, observed[kept[i + 1]] - expected[kept[i + 1]]);
            for (int j = 0; j < m; j++) {
                v.setEntry(i, j, variance[kept[i + 1]][kept[j + 1]]);
            }
        }
        DecompositionSolver solver = new LUDecomposition(v).getSolver();
        if (!solver.isNonSingular()) {
            // Not expected once empty groups are dropped; a generalised inverse keeps the test defined.
            solver = new SingularValueDecomposition(v).getSolver();
        }
        double chiSquare = solver.solve(difference).dotProduct(difference);
        return new LogRankResult(
                rho, rows, variance, OptionalDouble.of(chiSquare), m, OptionalDouble.of(upperTail(chiSquare, m)));
    }

    /**
     * P(χ²_df ≥ x) as the regularised upper incomplete gamma Q(df/2, x/2), which keeps its precision for
     * small p where 1 − CDF would round to 0 (R's {@code pchisq(x, df, lower.tail = FALSE)}).
     */
    static double upperTail(double x, int df) {
        return Gamma.regularizedGammaQ(df / 2.0, x / 2.0);
    }
}
