package org.aaregistry.outcome.control;

import java.time.LocalDate;
import java.util.Objects;
import org.aaregistry.outcome.entity.ResponseCategory;
import org.aaregistry.outcome.entity.ResponseRuleSet;
import org.aaregistry.outcome.entity.TimePoint;

/**
 * A derived response of one treatment line.
 *
 * @param timePoint the time point, or null for the best response
 * @param ruleSet the response definition used
 * @param category CR, PR, NR or not assessable
 * @param countDate the date of the count the decision rests on, or null if none
 * @param explanation what decided the category, or what was missing, for the clinician
 */
public record ResponseAssessment(
        TimePoint timePoint,
        ResponseRuleSet ruleSet,
        ResponseCategory category,
        LocalDate countDate,
        String explanation) {

    public ResponseAssessment {
        Objects.requireNonNull(ruleSet, "ruleSet");
        Objects.requireNonNull(category, "category");
        Objects.requireNonNull(explanation, "explanation");
    }

    public boolean isAssessable() {
        return category != ResponseCategory.NOT_ASSESSABLE;
    }
}
