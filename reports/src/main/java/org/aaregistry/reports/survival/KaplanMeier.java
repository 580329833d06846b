package org.aaregistry.reports.survival;

import java.util.ArrayList;
import java.util.List;

/**
 * The Kaplan–Meier (product-limit) estimate of survival per group, with Greenwood standard errors and
 * pointwise confidence intervals — R's {@code survfit(Surv(time, status) ~ group, conf.type = …)}.
 *
 * <p>At each distinct time with n at risk and d events: S(t) = Π (1 − d/n); Greenwood's variance of
 * log S, σ² = Σ d / (n (n − d)) (Greenwood 1926; Kalbfleisch and Prentice 2002, §1.4); Nelson–Aalen
 * cumulative hazard Σ d / n.
 */
public final class KaplanMeier {
    /** R's default {@code conf.int}. */
    public static final double DEFAULT_LEVEL = 0.95;

    private KaplanMeier() {}

    /** One curve per group with R's default interval: log type, 95 %. */
    public static List<SurvivalCurve> fit(SurvivalData data) {
        return fit(data, ConfidenceInterval.LOG, DEFAULT_LEVEL);
    }

    /** One curve per group, in group-index order (empty groups give empty curves). */
    public static List<SurvivalCurve> fit(SurvivalData data, ConfidenceInterval interval, double level) {
        double z = ConfidenceInterval.normalQuantile(level);
        List<SurvivalCurve> curves = new ArrayList<>(data.groupCount());
        for (int g = 0; g < data.groupCount(); g++) {
            curves.add(curve(data.groupLabels().get(g), data.riskSets(g), interval, level, z));
        }
        return List.copyOf(curves);
    }

    private static SurvivalCurve curve(
            String label, RiskSets sets, ConfidenceInterval interval, double level, double z) {
        int m = sets.size();
        double[] survival = new double[m];
        double[] sigma = new double[m];
        double[] lower = new double[m];
        double[] upper = new double[m];
        double[] cumulativeHazard = new double[m];
        double s = 1;
        double greenwood = 0;
        double hazard = 0;
        for (int i = 0; i < m; i++) {
            double n = sets.atRisk(i);
            double d = sets.exits(1, i);
            if (d > 0) {
                s *= (n - d) / n;
                hazard += d / n;
                // n = d empties the risk set: S = 0 and R reports the standard error as NA
                greenwood = n > d ? greenwood + d / (n * (n - d)) : Double.NaN;
            }
            survival[i] = s;
            sigma[i] = s == 0 ? Double.NaN : Math.sqrt(greenwood);
            lower[i] = interval.lower(s, sigma[i], z);
            upper[i] = interval.upper(s, sigma[i], z);
            cumulativeHazard[i] = hazard;
        }
        return new SurvivalCurve(label, sets, interval, level, z, survival, sigma, lower, upper, cumulativeHazard);
    }
}
