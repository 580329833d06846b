/**
 * Time-to-event statistics for right-censored follow-up: Kaplan–Meier curves with Greenwood standard
 * errors, their confidence intervals and percentiles, numbers at risk, and the G-rho family of
 * log-rank tests. Each computation is checked against R's {@code survival} package (3.5-3): {@code
 * survfit}, {@code summary.survfit}, {@code quantile.survfit} and {@code survdiff}.
 *
 * <p>Input arrives as primitive arrays (one entry per patient) and is reduced once, by {@link
 * org.aaregistry.reports.survival.SurvivalData}, to {@link org.aaregistry.reports.survival.RiskSets}
 * per group; everything else works on those tables, so a million patients cost one sort.
 */
package org.aaregistry.reports.survival;
