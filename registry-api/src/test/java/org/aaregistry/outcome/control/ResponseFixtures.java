package org.aaregistry.outcome.control;

import java.time.LocalDate;
import org.aaregistry.labs.control.CountSample;
import org.aaregistry.patient.entity.Severity;
import org.aaregistry.patient.entity.SeverityRuleSet;

/** Counts and contexts shared by the response tests. */
final class ResponseFixtures {

    /** Line start; the 6-month target is 2024-07-15, its window 2024-06-15 to 2024-08-15. */
    static final LocalDate START = LocalDate.of(2024, 1, 15);

    static final LocalDate SIX_MONTHS = LocalDate.of(2024, 7, 15);

    private ResponseFixtures() {}

    static CountSample count(LocalDate date, Double hb, Double anc, Double platelets, Double retic) {
        return new CountSample(date, hb, anc, platelets, retic, false, false, false);
    }

    static CountSample complete(LocalDate date) {
        return count(date, 140.0, 2.0, 200.0, 80.0);
    }

    static CountSample partial(LocalDate date) {
        return count(date, 90.0, 0.8, 40.0, 80.0);
    }

    static CountSample none(LocalDate date) {
        return count(date, 70.0, 0.2, 10.0, 10.0);
    }

    static ResponseContext context(Severity baselineSeverity) {
        return new ResponseContext(START, "F", baselineSeverity, null, false, null, SeverityRuleSet.CAMITTA_60);
    }

    static ResponseContext context(String sex, Severity baselineSeverity, CountSample baseline, boolean dependent) {
        return new ResponseContext(START, sex, baselineSeverity, baseline, dependent, null, SeverityRuleSet.CAMITTA_60);
    }

    static ResponseContext transplantedOn(LocalDate transplant) {
        return new ResponseContext(START, "F", Severity.SAA, null, false, transplant, SeverityRuleSet.CAMITTA_60);
    }
}
