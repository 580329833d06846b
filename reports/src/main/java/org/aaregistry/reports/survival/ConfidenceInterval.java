package org.aaregistry.reports.survival;

import org.apache.commons.math3.distribution.NormalDistribution;

/**
 * How a pointwise confidence interval for a survival probability S is built from σ, the Greenwood
 * standard error of log S — the {@code conf.type} choices of R's {@code survfit}, with R's handling of
 * the ends of the range (its {@code survfit_confint}). A limit that R reports as {@code NA} is
 * {@link Double#NaN} here.
 */
public enum ConfidenceInterval {
    /** S ± z·S·σ, clipped to [0, 1] (Klein and Moeschberger eq. 4.3.1). */
    PLAIN {
        @Override
        double lower(double surv, double sigma, double z) {
            return Math.max(surv - z * sigma * surv, 0);
        }

        @Override
        double upper(double surv, double sigma, double z) {
            return Math.min(surv + z * sigma * surv, 1);
        }
    },
    /** exp(log S ± z·σ), the upper limit capped at 1; R's default. Undefined where S = 0. */
    LOG {
        @Override
        double lower(double surv, double sigma, double z) {
            return surv == 0 ? Double.NaN : Math.exp(Math.log(surv) - z * sigma);
        }

        @Override
        double upper(double surv, double sigma, double z) {
            return surv == 0 ? Double.NaN : Math.min(Math.exp(Math.log(surv) + z * sigma), 1);
        }
    },
    /**
     * exp(−exp(log(−log S) ± z·σ / |log S|)) (Kalbfleisch and Prentice); stays inside (0, 1) but is
     * undefined where S = 0 or S = 1, i.e. before the first event.
     */
    LOG_LOG {
        @Override
        double lower(double surv, double sigma, double z) {
            return surv == 0 || surv == 1
                    ? Double.NaN
                    : Math.exp(-Math.exp(Math.log(-Math.log(surv)) - z * sigma / Math.log(surv)));
        }

        @Override
        double upper(double surv, double sigma, double z) {
            return surv == 0 || surv == 1
                    ? Double.NaN
                    : Math.exp(-Math.exp(Math.log(-Math.log(surv)) + z * sigma / Math.log(surv)));
        }
    };

    /** Lower limit, or NaN where undefined (σ NaN, i.e. S = 0, gives NaN in every type). */
    abstract double lower(double surv, double sigma, double z);

    /** Upper limit, or NaN where undefined. */
    abstract double upper(double surv, double sigma, double z);

    /** The standard normal quantile for a two-sided interval of the given level, as R's qnorm. */
    static double normalQuantile(double level) {
        if (!(level > 0 && level < 1)) {
            throw new IllegalArgumentException("confidence level must lie strictly between 0 and 1: " + level);
        }
        return new NormalDistribution(0, 1).inverseCumulativeProbability(1 - (1 - level) / 2);
    }
}
