package org.aaregistry.reports.report;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Builds a {@link TransplantReport} from outcome lines and survival reports that the caller computed
 * for the same groups — outcome lines with {@link SummaryTables} (engraftment, graft failure, acute
 * GVHD II–IV and III–IV, chronic GVHD), OS and GRFS with {@link SurvivalReports}, all from the day of
 * transplant.
 */
public final class TransplantReports {
    /** The groupings a transplant report supports. */
    public static final Set<String> GROUPINGS = Set.of("DONOR_TYPE", "GRAFT_SOURCE");

    private TransplantReports() {}

    /**
     * @param groupBy {@code DONOR_TYPE} or {@code GRAFT_SOURCE}
     * @throws IllegalArgumentException for another grouping, or survival reports whose groups differ
     *     from the outcome table's
     */
    public static TransplantReport build(
            String groupBy,
            SummaryTables outcomes,
            SurvivalReport overallSurvival,
            SurvivalReport grfs,
            Map<String, Object> cohort,
            Provenance provenance) {
        if (!GROUPINGS.contains(groupBy)) {
            throw new IllegalArgumentException("groupBy must be one of " + GROUPINGS + ": " + groupBy);
        }
        checkGroups("overall survival", overallSurvival, outcomes.groupLabels());
        checkGroups("GRFS", grfs, outcomes.groupLabels());
        return new TransplantReport(
                CohortFilters.withSize(cohort, outcomes.patients()),
                groupBy,
                outcomes.groups(),
                outcomes.rows(),
                overallSurvival,
                grfs,
                provenance);
    }

    private static void checkGroups(String what, SurvivalReport report, List<String> expected) {
        List<String> names = report.groups().stream().map(SurvivalGroup::name).toList();
        if (!names.equals(expected)) {
            throw new IllegalArgumentException(
                    what + " is reported for groups " + names + " but the outcomes for " + expected);
        }
    }
}
