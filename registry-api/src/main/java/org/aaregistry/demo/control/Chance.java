package org.aaregistry.demo.control;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.SplittableRandom;

/**
 * The dice of one synthetic patient: a seeded {@link SplittableRandom}, so that the same cohort seed and patient
 * number give the same patient on every machine and Java version (its algorithm is specified, unlike
 * {@code Math.random}). Every draw a course makes goes through here, in a fixed order.
 */
final class Chance {

    private final SplittableRandom random;

    private Chance(long seed) {
        this.random = new SplittableRandom(seed);
    }

    /** The dice of patient {@code index} of the cohort with this seed; independent of every other patient's. */
    static Chance of(long cohortSeed, long index) {
        return new Chance(mix(mix(cohortSeed) + index));
    }

    /** SplitMix64's finaliser: spreads neighbouring seeds and indexes over the whole range. */
    private static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xbf58476d1ce4e5b9L;
        z = (z ^ (z >>> 27)) * 0x94d049bb133111ebL;
        return z ^ (z >>> 31);
    }

    /** True with probability {@code p}. */
    boolean chance(double p) {
        return random.nextDouble() < p;
    }

    /** Uniform on [from, to). */
    double uniform(double from, double to) {
        return from + random.nextDouble() * (to - from);
    }

    /** Uniform whole number from {@code from} to {@code to}, both included. */
    int between(int from, int to) {
        return from + random.nextInt(to - from + 1);
    }

    /** Normal by the Box–Muller transform (two draws), so the number of draws per value is fixed. */
    double normal(double mean, double sd) {
        double u1 = 1 - random.nextDouble();
        double u2 = random.nextDouble();
        return mean + sd * Math.sqrt(-2 * Math.log(u1)) * Math.cos(2 * Math.PI * u2);
    }

    /** Normal, clamped to [min, max] (not redrawn, so that the number of draws per value stays fixed). */
    double normal(double mean, double sd, double min, double max) {
        return Math.max(min, Math.min(max, normal(mean, sd)));
    }

    /** Log-normal with the given median and multiplicative spread (geometric standard deviation). */
    double logNormal(double median, double spread) {
        return median * Math.exp(Math.log(spread) * normal(0, 1));
    }

    /** Exponential waiting time with this rate (events per unit of time). */
    double exponential(double rate) {
        return rate <= 0 ? Double.POSITIVE_INFINITY : -Math.log(1 - random.nextDouble()) / rate;
    }

    /** Index of one of the weights, chosen with probability proportional to its weight. */
    int pick(double... weights) {
        double total = 0;
        for (double w : weights) {
            total += w;
        }
        double u = random.nextDouble() * total;
        for (int i = 0; i < weights.length; i++) {
            u -= weights[i];
            if (u < 0) {
                return i;
            }
        }
        return weights.length - 1;
    }

    /** One of the values, with the given weights (same order). */
    <T> T pick(T[] values, double... weights) {
        return values[pick(weights)];
    }

    /** A date uniformly between two dates, both included. */
    LocalDate date(LocalDate from, LocalDate to) {
        return from.plusDays(random.nextLong(to.toEpochDay() - from.toEpochDay() + 1));
    }

    /** A value rounded as a laboratory reports it. */
    static BigDecimal rounded(double value, int decimals) {
        return BigDecimal.valueOf(value).setScale(decimals, RoundingMode.HALF_UP);
    }
}
