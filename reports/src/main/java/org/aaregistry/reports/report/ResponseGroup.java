package org.aaregistry.reports.report;

import java.util.List;
import java.util.Objects;

/**
 * One group's responses.
 *
 * @param name the group's label (a first-line regimen, say)
 * @param n patients in the group
 * @param timePoints {@code MONTH_3}, {@code MONTH_6}, {@code MONTH_12} and {@code BEST}, in that order
 */
public record ResponseGroup(String name, int n, List<ResponseAtTimePoint> timePoints) {

    public ResponseGroup {
        Objects.requireNonNull(name, "name");
        timePoints = List.copyOf(timePoints);
    }
}
