package org.aaregistry.outcome.control;

import java.util.List;
import org.aaregistry.outcome.entity.ResponseCategory;
import org.aaregistry.patient.control.Criterion;
import org.aaregistry.patient.control.CriterionStatus;

/** A response category decided from one qualifying count, with the reason in words. */
record Classification(ResponseCategory category, String reason) {

    static Classification notAssessable(String reason) {
        return new Classification(ResponseCategory.NOT_ASSESSABLE, reason);
    }

    /** {@code "ANC 1.2 ≥ 1, platelets 60 < 100"}. */
    static String describe(List<Criterion> criteria) {
        return String.join(", ", criteria.stream().map(Criterion::description).toList());
    }

    /** The criteria that are not met, described. */
    static String describeFailed(List<Criterion> criteria) {
        return describe(criteria.stream()
                .filter(c -> c.status() == CriterionStatus.NOT_MET)
                .toList());
    }
}
