package org.aaregistry.reports.report;

import java.util.Objects;

/**
 * Response categories of one group at one time point. A patient is not assessable without qualifying
 * counts in the window or after a transplant before the time point (the response rules of the data
 * dictionary); such patients are left out of the denominators, as in the published trials.
 *
 * @param timePoint {@code MONTH_3}, {@code MONTH_6}, {@code MONTH_12} or {@code BEST}
 * @param n patients in the group
 * @param evaluable n − notAssessable, the denominator of both rates
 * @param cr complete responses
 * @param pr partial responses
 * @param nr no response
 * @param notAssessable patients whose response could not be assessed
 * @param orr overall response rate (CR + PR) / evaluable with its Wilson 95 % interval
 * @param crRate complete response rate CR / evaluable with its Wilson 95 % interval
 */
public record ResponseAtTimePoint(
        String timePoint,
        int n,
        int evaluable,
        int cr,
        int pr,
        int nr,
        int notAssessable,
        Estimate orr,
        Estimate crRate) {

    public ResponseAtTimePoint {
        Objects.requireNonNull(timePoint, "timePoint");
        Objects.requireNonNull(orr, "orr");
        Objects.requireNonNull(crRate, "crRate");
    }
}
