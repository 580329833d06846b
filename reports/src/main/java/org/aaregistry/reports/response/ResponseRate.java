package org.aaregistry.reports.response;

import java.util.OptionalDouble;
import org.apache.commons.math3.distribution.NormalDistribution;

/**
 * A proportion of responders with its Wilson score interval (Wilson 1927) — R's {@code
 * prop.test(k, n, correct = FALSE)$conf.int}. Unlike the Wald interval p ± z√(p(1−p)/n), it keeps
 * sensible coverage for small n and for p near 0 or 1, never leaves [0, 1], and is not degenerate at
 * 0/n or n/n (Brown, Cai and DasGupta 2001, Stat Sci 16:101).
 *
 * <p>With p̂ = k/n: centre (p̂ + z²/2n) / (1 + z²/n), half-width z/(1 + z²/n) · √(p̂(1 − p̂)/n + z²/4n²).
 *
 * @param responders k, patients who responded
 * @param evaluable n, patients whose response could be assessed
 * @param level confidence level
 * @param estimate k/n; absent when n = 0
 * @param lower lower limit (exactly 0 when k = 0); absent when n = 0
 * @param upper upper limit (exactly 1 when k = n); absent when n = 0
 */
public record ResponseRate(
        int responders,
        int evaluable,
        double level,
        OptionalDouble estimate,
        OptionalDouble lower,
        OptionalDouble upper) {

    /** Wilson 95 % interval. */
    public static ResponseRate wilson(int responders, int evaluable) {
        return wilson(responders, evaluable, 0.95);
    }

    /**
     * @throws IllegalArgumentException if {@code evaluable} is negative, {@code responders} outside [0,
     *     evaluable], or the level outside (0, 1)
     */
    public static ResponseRate wilson(int responders, int evaluable, double level) {
        if (evaluable < 0 || responders < 0 || responders > evaluable) {
            throw new IllegalArgumentException(
                    "responders must lie between 0 and evaluable, got " + responders + " of " + evaluable);
        }
        if (!(level > 0 && level < 1)) {
            throw new IllegalArgumentException("confidence level must lie strictly between 0 and 1: " + level);
        }
        if (evaluable == 0) {
            return new ResponseRate(
                    0, 0, level, OptionalDouble.empty(), OptionalDouble.empty(), OptionalDouble.empty());
        }
        double z = new NormalDistribution(0, 1).inverseCumulativeProbability(1 - (1 - level) / 2);
        double n = evaluable;
        double p = responders / n;
        double z2 = z * z;
        double centre = (p + z2 / (2 * n)) / (1 + z2 / n);
        double halfWidth = z / (1 + z2 / n) * Math.sqrt(p * (1 - p) / n + z2 / (4 * n * n));
        double lower = responders == 0 ? 0 : Math.max(0, centre - halfWidth);
        double upper = responders == evaluable ? 1 : Math.min(1, centre + halfWidth);
        return new ResponseRate(
                responders, evaluable, level, OptionalDouble.of(p), OptionalDouble.of(lower), OptionalDouble.of(upper));
    }
}
