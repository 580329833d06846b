package org.aaregistry.reports.survival;

import java.util.OptionalDouble;

/**
 * Survival at a landmark time (1, 2 or 5 years after diagnosis, say), as R's {@code summary(fit,
 * times = t)} reports it: the estimate of the last step at or before {@code time}.
 *
 * @param time the landmark time
 * @param atRisk patients still followed at {@code time}
 * @param survival S(time)
 * @param standardError standard error of S (Greenwood), absent once S reaches 0
 * @param lower lower confidence limit, absent where undefined
 * @param upper upper confidence limit, absent where undefined
 */
public record LandmarkSurvival(
        double time,
        int atRisk,
        double survival,
        OptionalDouble standardError,
        OptionalDouble lower,
        OptionalDouble upper) {}
