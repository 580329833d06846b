package org.aaregistry.reports.survival;

import java.util.List;
import java.util.OptionalDouble;

/**
 * The result of {@link LogRank#test(SurvivalData, double)}: R's {@code survdiff} object.
 *
 * <p>The chi-square statistic and p-value are absent when fewer than two groups have any expected
 * events — nothing to compare (R reports a chi-square of 0 then).
 */
public final class LogRankResult {
    private final double rho;
    private final List<LogRankGroup> groups;
    private final double[][] variance;
    private final OptionalDouble chiSquare;
    private final int degreesOfFreedom;
    private final OptionalDouble pValue;

    LogRankResult(
            double rho,
            List<LogRankGroup> groups,
            double[][] variance,
            OptionalDouble chiSquare,
            int degreesOfFreedom,
            OptionalDouble pValue) {
        this.rho = rho;
        this.groups = List.copyOf(groups);
        this.variance = variance;
        this.chiSquare = chiSquare;
        this.degreesOfFreedom = degreesOfFreedom;
        this.pValue = pValue;
    }

    /** The weight exponent: 0 for the log-rank test, 1 for the Peto–Peto test. */
    public double rho() {
        return rho;
    }

    /** Observed and expected per group, in group-index order. */
    public List<LogRankGroup> groups() {
        return groups;
    }

    /** Covariance of observed − expected between groups {@code i} and {@code j} (R's {@code var}). */
    public double variance(int i, int j) {
        return variance[i][j];
    }

    /** The chi-square statistic. */
    public OptionalDouble chiSquare() {
        return chiSquare;
    }

    /** Groups with expected events, minus one. */
    public int degreesOfFreedom() {
        return degreesOfFreedom;
    }

    /** Upper-tail chi-square probability of the statistic. */
    public OptionalDouble pValue() {
        return pValue;
    }
}
