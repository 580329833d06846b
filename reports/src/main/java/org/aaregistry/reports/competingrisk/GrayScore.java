package org.aaregistry.reports.competingrisk;

import java.util.Arrays;
import org.aaregistry.reports.survival.PooledTimeline;
import org.aaregistry.reports.survival.RiskSets;

/**
 * The score vector and its variance for Gray's test within one stratum (Gray 1988, Ann Stat 16:1141,
 * §2–3; the estimator of cmprsk's {@code crst}).
 *
 * <p>Notation at a distinct time t, per group k: Y_k at risk, S_k(t−) the all-cause Kaplan–Meier
 * estimate and F_k(t−) the cumulative incidence of the cause just before t, and R_k = Y_k / S_k(t−);
 * pooled: F(t) = F(t−) + d₁ / ΣR. The score of group k adds W·(d₁ₖ − d₁·R_k(1 − F_k(t−)) / Σ R_r(1 −
 * F_r(t−))) with weight W = (1 − F(t−))^rho: the observed minus the expected number of events of the
 * cause, comparing the groups' subdistribution hazards. Its variance is Gray's martingale estimator,
 * built from a(i, k) = W·R_i(δ_ik − R_k / ΣR), its running integral c(i, k) against dF/(1 − F), and one
 * term per kind of event (the cause and the competing causes), with the same tie factors as the
 * cumulative incidence variance.
 *
 * <p>One instance per stratum: the Kaplan–Meier, incidence and integral state starts afresh in each,
 * while the score and variance arrays it adds to are shared.
 */
final class GrayScore {
    private final int groups;
    private final int cause;
    private final double rho;
    private final double[] score;
    private final double[][] variance;
    private final double[] survivalBefore;
    private final double[] survivalAfter;
    private final double[] incidenceBefore;
    private final double[] incidenceAfter;
    private final double[][] a;
    private final double[][] c;
    private final double[] v3;
    private final double[][] v2;
    private final int[] atRisk;
    private final double[] r;
    private final int[] ofCause;
    private final int[] ofOthers;
    private double pooledBefore;

    /** Will add the scores of the first {@code groups - 1} groups, and their covariance, to the arrays given. */
    GrayScore(int groups, int cause, double rho, double[] score, double[][] variance) {
        this.groups = groups;
        this.cause = cause;
        this.rho = rho;
        this.score = score;
        this.variance = variance;
        survivalBefore = filled(groups, 1);
        survivalAfter = filled(groups, 1);
        incidenceBefore = new double[groups];
        incidenceAfter = new double[groups];
        a = new double[groups][groups];
        c = new double[groups][groups];
        v3 = new double[groups];
        v2 = new double[groups - 1][groups];
        atRisk = new int[groups];
        r = new double[groups];
        ofCause = new int[groups];
        ofOthers = new int[groups];
    }

    private static double[] filled(int n, double value) {
        double[] array = new double[n];
        Arrays.fill(array, value);
        return array;
    }

    /** Adds one stratum; {@code sets[k]} are group k's risk sets within it. */
    void addStratum(RiskSets[] sets) {
        double[][] stratumVariance = new double[groups - 1][groups - 1];
        PooledTimeline timeline = new PooledTimeline(sets);
        while (timeline.next()) {
            int causeTotal = 0;
            int otherTotal = 0;
            for (int k = 0; k < groups; k++) {
                atRisk[k] = timeline.atRisk(k);
                ofCause[k] = timeline.exits(cause, k);
                ofOthers[k] = timeline.events(k) - ofCause[k];
                causeTotal += ofCause[k];
                otherTotal += ofOthers[k];
            }
            if (causeTotal + otherTotal > 0) {
                eventTime(causeTotal, otherTotal, stratumVariance);
            }
        }
        finish(stratumVariance);
    }

    private void eventTime(int causeTotal, int otherTotal, double[][] stratumVariance) {
        double sumR = 0;
        double sumRFree = 0;
        for (int k = 0; k < groups; k++) {
            if (atRisk[k] > 0) {
                double y = atRisk[k];
                survivalAfter[k] = survivalBefore[k] * (y - ofCause[k] - ofOthers[k]) / y;
                incidenceAfter[k] = incidenceBefore[k] + survivalBefore[k] * ofCause[k] / y;
                r[k] = y / survivalBefore[k];
                sumR += r[k];
                sumRFree += r[k] * (1 - incidenceBefore[k]);
            } else {
                r[k] = 0;
            }
        }
        double pooled = pooledBefore + causeTotal / sumR;
        double weight = rho == 0 ? 1 : Math.pow(1 - pooledBefore, rho);
        updateIntegrals(causeTotal, sumR, weight);
        double expectedShare = causeTotal / sumRFree;
        for (int i = 0; i < groups - 1; i++) {
            if (atRisk[i] > 0) {
                score[i] += weight * (ofCause[i] - expectedShare * r[i] * (1 - incidenceBefore[i]));
            }
        }
        if (causeTotal > 0) {
            causeTerms(causeTotal, sumR, pooled, stratumVariance);
        }
        if (otherTotal > 0) {
            competingTerms(pooled, stratumVariance);
        }
        pooledBefore = pooled;
        System.arraycopy(survivalAfter, 0, survivalBefore, 0, groups);
        System.arraycopy(incidenceAfter, 0, incidenceBefore, 0, groups);
    }

    /** a(i, k) at this time, and c(i, k) += a(i, k)·d₁ / (ΣR (1 − F(t−))). */
    private void updateIntegrals(int causeTotal, double sumR, double weight) {
        double perR = 1 / sumR;
        double step = causeTotal > 0 ? causeTotal * perR / (1 - pooledBefore) : 0;
        for (int i = 0; i < groups; i++) {
            for (int k = 0; k < groups; k++) {
                if (atRisk[i] <= 0 || atRisk[k] <= 0) {
                    a[i][k] = 0;
                } else if (i == k) {
                    a[i][k] = weight * r[i] * (1 - r[i] * perR);
                } else {
                    a[i][k] = -weight * r[i] * r[k] * perR;
                }
                c[i][k] += a[i][k] * step;
            }
        }
    }

    private void causeTerms(int causeTotal, double sumR, double pooled, double[][] stratumVariance) {
        for (int k = 0; k < groups; k++) {
            if (atRisk[k] <= 0) {
                continue;
            }
            double b = survivalAfter[k] > 0 ? 1 - (1 - pooled) / survivalAfter[k] : 1;
            // crst's tie factor for the cause: the pooled size ΣR·S_k(t−) stands where n_k would
            double tie = causeTotal > 1 ? 1 - (causeTotal - 1) / (sumR * survivalBefore[k] - 1) : 1;
            double q = tie * survivalBefore[k] * causeTotal / (sumR * atRisk[k]);
            v3[k] += b * b * q;
            for (int i = 0; i < groups - 1; i++) {
                double ei = a[i][k] - b * c[i][k];
                v2[i][k] += ei * b * q;
                for (int j = 0; j <= i; j++) {
                    stratumVariance[i][j] += ei * (a[j][k] - b * c[j][k]) * q;
                }
            }
        }
    }

    private void competingTerms(double pooled, double[][] stratumVariance) {
        for (int k = 0; k < groups; k++) {
            if (survivalAfter[k] <= 0 || ofOthers[k] <= 0) {
                continue;
            }
            double b = (1 - pooled) / survivalAfter[k];
            double d = ofOthers[k];
            double tie = d > 1 ? 1 - (d - 1) / (atRisk[k] - 1.0) : 1;
            double q = tie * survivalBefore[k] * survivalBefore[k] * d / ((double) atRisk[k] * atRisk[k]);
            v3[k] += b * b * q;
            for (int i = 0; i < groups - 1; i++) {
                double ei = b * c[i][k];
                v2[i][k] -= ei * b * q;
                for (int j = 0; j <= i; j++) {
                    stratumVariance[i][j] += ei * b * c[j][k] * q;
                }
            }
        }
    }

    /** Adds the terms that involve the whole-stratum integrals c, and the stratum to the total. */
    private void finish(double[][] stratumVariance) {
        for (int i = 0; i < groups - 1; i++) {
            for (int j = 0; j <= i; j++) {
                double sum = stratumVariance[i][j];
                for (int k = 0; k < groups; k++) {
                    sum += c[i][k] * c[j][k] * v3[k] + c[i][k] * v2[j][k] + c[j][k] * v2[i][k];
                }
                variance[i][j] += sum;
                if (i != j) {
                    variance[j][i] += sum;
                }
            }
        }
    }
}
