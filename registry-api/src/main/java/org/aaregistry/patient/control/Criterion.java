package org.aaregistry.patient.control;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * One clinical criterion applied to one value, with a sentence fragment a clinician can read: {@code "ANC 0.3 <
 * 0.5"} when met, {@code "ANC 0.6 ≥ 0.5"} when not, {@code "ANC missing"} when the value was not measured.
 *
 * @param status whether the criterion holds
 * @param description the value, the relation and the threshold, or what is missing
 */
public record Criterion(CriterionStatus status, String description) {

    public Criterion {
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(description, "description");
    }

    /** Met when {@code value < cutoff}. */
    public static Criterion below(String label, Double value, double cutoff, String unit) {
        if (value == null) {
            return missing(label);
        }
        boolean met = value < cutoff;
        return compared(label, value, met ? " < " : " ≥ ", cutoff, unit, met);
    }

    /** Met when {@code value ≥ threshold} ("at least"). */
    public static Criterion atLeast(String label, Double value, double threshold, String unit) {
        if (value == null) {
            return missing(label);
        }
        boolean met = value >= threshold;
        return compared(label, value, met ? " ≥ " : " < ", threshold, unit, met);
    }

    /** Met when {@code value > threshold} (strictly "more than"). */
    public static Criterion above(String label, Double value, double threshold, String unit) {
        if (value == null) {
            return missing(label);
        }
        boolean met = value > threshold;
        return compared(label, value, met ? " > " : " ≤ ", threshold, unit, met);
    }

    public static Criterion missing(String label) {
        return new Criterion(CriterionStatus.UNKNOWN, label + " missing");
    }

    public boolean isMet() {
        return status == CriterionStatus.MET;
    }

    public boolean isUnknown() {
        return status == CriterionStatus.UNKNOWN;
    }

    /** A number as a clinician writes it: {@code 10}, {@code 0.3}, never {@code 10.0} or {@code 3E-1}. */
    public static String number(double value) {
        return BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
    }

    private static Criterion compared(
            String label, double value, String relation, double threshold, String unit, boolean met) {
        String text = label + " " + number(value) + unit + relation + number(threshold) + unit;
        return new Criterion(CriterionStatus.of(met), text);
    }
}
