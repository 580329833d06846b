package org.aaregistry.patient.control;

import java.util.Arrays;

/**
 * Whether a clinical criterion holds, with a third answer for "cannot tell, a value is missing". Criteria are
 * combined by Kleene's three-valued logic, so a decision is taken only when no missing value could change it.
 */
public enum CriterionStatus {
    MET,
    NOT_MET,
    UNKNOWN;

    public static CriterionStatus of(boolean met) {
        return met ? MET : NOT_MET;
    }

    public CriterionStatus not() {
        return switch (this) {
            case MET -> NOT_MET;
            case NOT_MET -> MET;
            case UNKNOWN -> UNKNOWN;
        };
    }

    /** All must hold: one failure decides, one unknown leaves it open. */
    public static CriterionStatus allOf(CriterionStatus... statuses) {
        if (contains(statuses, NOT_MET)) {
            return NOT_MET;
        }
        return contains(statuses, UNKNOWN) ? UNKNOWN : MET;
    }

    /** One must hold: one success decides, one unknown leaves it open. */
    public static CriterionStatus anyOf(CriterionStatus... statuses) {
        if (contains(statuses, MET)) {
            return MET;
        }
        return contains(statuses, UNKNOWN) ? UNKNOWN : NOT_MET;
    }

    /** "At least two of three": met with two met, not met with two not met, otherwise open. */
    public static CriterionStatus atLeastTwoOf(CriterionStatus first, CriterionStatus second, CriterionStatus third) {
        CriterionStatus[] statuses = {first, second, third};
        if (count(statuses, MET) >= 2) {
            return MET;
        }
        return count(statuses, NOT_MET) >= 2 ? NOT_MET : UNKNOWN;
    }

    private static boolean contains(CriterionStatus[] statuses, CriterionStatus wanted) {
        return count(statuses, wanted) > 0;
    }

    private static long count(CriterionStatus[] statuses, CriterionStatus wanted) {
        return Arrays.stream(statuses).filter(s -> s == wanted).count();
    }
}
