package org.aaregistry.outcome.boundary;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.aaregistry.outcome.entity.ResponseCategory;
import org.aaregistry.outcome.entity.ResponseRuleSet;
import org.aaregistry.outcome.entity.ResponseSource;

/**
 * The responses to one treatment line under one rule set: at each time point the derived response beside the
 * recorded one, flagged where they disagree, and the best response.
 */
public record LineResponses(
        UUID treatmentLineId,
        int lineNumber,
        String regimen,
        LocalDate startDate,
        ResponseRuleSet ruleSet,
        List<AtTimePoint> timePoints,
        Derived best) {

    /** A time point's derived and recorded response. */
    public record AtTimePoint(String timePoint, Derived derived, Recorded recorded, boolean disagreement) {}

    /** What the registry derived, from which count and why. */
    public record Derived(ResponseCategory category, LocalDate countDate, String explanation) {}

    /** What a person recorded, and on what it rests. */
    public record Recorded(
            UUID id, ResponseCategory category, ResponseSource source, String note, long version, boolean voided) {}
}
