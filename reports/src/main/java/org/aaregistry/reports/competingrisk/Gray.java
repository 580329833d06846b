package org.aaregistry.reports.competingrisk;

import java.util.Arrays;
import java.util.OptionalDouble;
import java.util.stream.IntStream;
import org.aaregistry.reports.survival.RiskSets;
import org.apache.commons.math3.linear.Array2DRowRealMatrix;
import org.apache.commons.math3.linear.ArrayRealVector;
import org.apache.commons.math3.linear.RRQRDecomposition;
import org.apache.commons.math3.linear.RealMatrix;
import org.apache.commons.math3.linear.RealVector;
import org.apache.commons.math3.special.Gamma;

/**
 * Gray's (1988) k-sample test that the cumulative incidence of a cause is the same in every group —
 * the competing-risks counterpart of the log-rank test, comparing subdistribution hazards. As {@code
 * cmprsk::cuminc}: groups without patients are left out, the score of the last group is dropped, and
 * the statistic s' V⁻¹ s is referred to chi-square on (groups − 1) degrees of freedom. With strata, the
 * scores and variances of each stratum (see {@link GrayScore}) are summed.
 */
public final class Gray {
    /** cuminc declares V singular when R's {@code qr} (tolerance 1e-7) finds it rank-deficient. */
    private static final double RANK_TOLERANCE = 1e-7;

    private Gray() {}

    /** Gray's test with rho = 0, stratified if the data has strata. */
    public static GrayResult test(CompetingRisksData data, int cause) {
        return test(data, cause, 0);
    }

    /**
     * @param cause the cause whose incidence is compared, 1 or more
     * @param rho weight exponent, finite and not negative: each time is weighted by (1 − F(t−))^rho
     */
    public static GrayResult test(CompetingRisksData data, int cause, double rho) {
        if (cause < 1) {
            throw new IllegalArgumentException("the cause to compare must be 1 or more: " + cause);
        }
        if (!(rho >= 0) || Double.isInfinite(rho)) {
            throw new IllegalArgumentException("rho must be finite and not negative: " + rho);
        }
        int[] kept = IntStream.range(0, data.groupCount())
                .filter(g -> data.riskSets(g).patients() > 0)
                .toArray();
        int groups = kept.length;
        if (groups < 2) {
            return new GrayResult(cause, rho, data.stratified(), OptionalDouble.empty(), 0, OptionalDouble.empty());
        }
        double[] score = new double[groups - 1];
        double[][] variance = new double[groups - 1][groups - 1];
        for (int s = 0; s < data.strataCount(); s++) {
            RiskSets[] stratum = new RiskSets[groups];
            for (int k = 0; k < groups; k++) {
                stratum[k] = data.riskSets(s, kept[k]);
            }
            if (Arrays.stream(stratum).anyMatch(g -> g.patients() > 0)) {
                new GrayScore(groups, cause, rho, score, variance).addStratum(stratum);
            }
        }
        OptionalDouble statistic = quadraticForm(score, variance);
        return new GrayResult(
                cause,
                rho,
                data.stratified(),
                statistic,
                groups - 1,
                statistic.isPresent()
                        // P(χ² ≥ x) = Q(df/2, x/2), precise for small p
                        ? OptionalDouble.of(Gamma.regularizedGammaQ((groups - 1) / 2.0, statistic.getAsDouble() / 2))
                        : OptionalDouble.empty());
    }

    /**
     * s' V⁻¹ s, or empty if V is singular — as it is when no patient had the event (V is then zero, which
     * Commons Math's rank, counting from 1, does not see).
     */
    private static OptionalDouble quadraticForm(double[] score, double[][] variance) {
        RealMatrix v = new Array2DRowRealMatrix(variance);
        if (!(v.getFrobeniusNorm() > 0)) {
            return OptionalDouble.empty();
        }
        RRQRDecomposition qr = new RRQRDecomposition(v);
        if (qr.getRank(RANK_TOLERANCE) < score.length) {
            return OptionalDouble.empty();
        }
        RealVector s = new ArrayRealVector(score);
        return OptionalDouble.of(qr.getSolver().solve(s).dotProduct(s));
    }
}
