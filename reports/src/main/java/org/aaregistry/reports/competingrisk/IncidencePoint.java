package org.aaregistry.reports.competingrisk;

import java.util.OptionalDouble;

/**
 * The cumulative incidence of a cause at a time, with its variance and pointwise confidence interval.
 *
 * <p>The interval is built on the log(−log F) scale — F^exp(±z·√var / (F·|log F|)) — so it stays inside
 * (0, 1) (Choudhury 2002; the transform commonly applied to {@code cuminc} output). It is absent where
 * F is 0 or 1, where that scale is undefined.
 *
 * @param time the time
 * @param incidence F(time), the probability of having had this cause by then
 * @param variance Gray's variance of F(time), as {@code cmprsk::cuminc}
 * @param lower lower confidence limit
 * @param upper upper confidence limit
 */
public record IncidencePoint(
        double time, double incidence, double variance, OptionalDouble lower, OptionalDouble upper) {

    static IncidencePoint of(double time, double incidence, double variance, double z) {
        if (!(incidence > 0 && incidence < 1)) {
            return new IncidencePoint(time, incidence, variance, OptionalDouble.empty(), OptionalDouble.empty());
        }
        double logF = Math.log(incidence);
        double spread = z * Math.sqrt(variance) / (incidence * Math.abs(logF));
        return new IncidencePoint(
                time,
                incidence,
                variance,
                OptionalDouble.of(Math.exp(logF * Math.exp(spread))),
                OptionalDouble.of(Math.exp(logF * Math.exp(-spread))));
    }
}
