package org.aaregistry.reports.competingrisk;

import java.util.OptionalDouble;

/**
 * The result of Gray's test for one cause, as a row of {@code cuminc(…)$Tests}.
 *
 * @param cause the cause compared across groups
 * @param rho the weight exponent (0: weights 1)
 * @param stratified whether scores and variances were summed over strata
 * @param statistic the chi-square statistic; absent when fewer than two groups have patients or the
 *     score variance is singular (where cuminc reports a statistic of −1)
 * @param degreesOfFreedom groups with patients, minus one
 * @param pValue upper-tail chi-square probability of the statistic
 */
public record GrayResult(
        int cause,
        double rho,
        boolean stratified,
        OptionalDouble statistic,
        int degreesOfFreedom,
        OptionalDouble pValue) {}
