package org.aaregistry.demo.boundary;

import java.util.List;

/**
 * What a load did.
 *
 * @param created patients written by this request
 * @param alreadyThere patients of the range that an earlier load had written (a load resumes where it stopped)
 * @param records rows of the clinical record written (patients, counts, lines, transplants, ...), derived values
 *     and change history not counted
 * @param sitesCreated demo sites this request created
 * @param firstStudyId the study id of patient {@code first}, to find the cohort in the registry
 */
public record DemoCohortReport(
        long seed,
        String site,
        long first,
        int patients,
        int created,
        int alreadyThere,
        long records,
        List<String> sitesCreated,
        String firstStudyId,
        double seconds) {}
