package org.aaregistry.reports.survival;

/**
 * One group's line of a log-rank table, as R's {@code survdiff} prints it.
 *
 * @param label the group
 * @param patients patients in the group (R's N)
 * @param observed events observed, each weighted by S(t−)^rho (plain counts for the log-rank test)
 * @param expected events expected under equal hazards, with the same weights
 */
public record LogRankGroup(String label, int patients, double observed, double expected) {}
