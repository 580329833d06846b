package org.aaregistry.cohort.control;

import java.time.LocalDate;
import java.util.Collection;

/**
 * A cohort definition: every condition optional ({@code null} = any); a collection means any of its values.
 * Dates inclusive; age at diagnosis in whole years (diagnosis year minus birth year).
 *
 * @param responseRuleSet the rule set of derived responses (NIH, RACE, BSH)
 * @param cutOff the data cut-off date: later events are ignored and follow-up ends there
 */
public record CohortCriteria(
        Collection<String> sites,
        Collection<String> causes,
        Collection<String> severities,
        Collection<String> firstLineRegimens,
        Boolean transplanted,
        Collection<String> donorTypes,
        LocalDate diagnosisFrom,
        LocalDate diagnosisTo,
        Integer ageFrom,
        Integer ageTo,
        String responseRuleSet,
        LocalDate cutOff) {}
