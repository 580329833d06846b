package org.aaregistry.reports.report;

import java.util.List;
import java.util.Objects;

/**
 * One group's Kaplan–Meier curve and its summaries.
 *
 * @param name the group's label
 * @param n patients in the group
 * @param events patients whose follow-up ended with the event
 * @param median the median survival time and its limits (R's {@code quantile.survfit}); each part
 *     null where the curve (or its confidence curve) never falls to 0.5 — "not reached"
 * @param landmarks survival at the requested times, as R's {@code summary(fit, times = …)}
 * @param atRisk patients still followed at the requested times
 * @param curve one point per distinct follow-up time of the group (event or censoring), as R's
 *     {@code survfit} rows
 */
public record SurvivalGroup(
        String name,
        int n,
        int events,
        Estimate median,
        List<Landmark> landmarks,
        List<AtRisk> atRisk,
        List<CurvePoint> curve) {

    public SurvivalGroup {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(median, "median");
        landmarks = List.copyOf(landmarks);
        atRisk = List.copyOf(atRisk);
        curve = List.copyOf(curve);
    }
}
