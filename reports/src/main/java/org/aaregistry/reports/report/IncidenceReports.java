package org.aaregistry.reports.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.aaregistry.reports.competingrisk.CompetingRisksData;
import org.aaregistry.reports.competingrisk.CumulativeIncidence;
import org.aaregistry.reports.competingrisk.Gray;
import org.aaregistry.reports.competingrisk.GrayResult;
import org.aaregistry.reports.competingrisk.IncidenceCurve;
import org.aaregistry.reports.survival.RiskSets;

/**
 * Builds an {@link IncidenceReport}: the Aalen–Johansen cumulative incidence of one cause per group
 * and Gray's test, stratified if the data has strata.
 */
public final class IncidenceReports {
    private IncidenceReports() {}

    /**
     * @param data each patient's (time in days, status, group): status 0 censored, otherwise the cause
     * @param cause the status code of the event of interest; every other code is a competing event
     * @param level confidence level of the pointwise intervals
     * @param landmarkTimes days at which to report the incidence
     * @param cohort the cohort's filters; {@code n} is set to the patients in {@code data}
     * @param event the name of the event of interest (RELAPSE, say)
     * @param origin the time origin's code
     * @param competingEvents the names of the competing events, as printed (DEATH, TRANSPLANT)
     */
    public static IncidenceReport build(
            CompetingRisksData data,
            int cause,
            double level,
            double[] landmarkTimes,
            Map<String, Object> cohort,
            String event,
            String origin,
            List<String> competingEvents,
            Provenance provenance) {
        List<IncidenceCurve> curves = CumulativeIncidence.estimate(data, cause, level);
        List<IncidenceGroup> groups = new ArrayList<>(curves.size());
        int patients = 0;
        for (int g = 0; g < curves.size(); g++) {
            groups.add(group(curves.get(g), data.riskSets(g), cause, landmarkTimes));
            patients += curves.get(g).patients();
        }
        return new IncidenceReport(
                CohortFilters.withSize(cohort, patients),
                event,
                origin,
                competingEvents,
                level,
                groups,
                data.groupCount() < 2 ? null : grayTest(Gray.test(data, cause)),
                provenance);
    }

    private static IncidenceGroup group(IncidenceCurve curve, RiskSets sets, int cause, double[] landmarkTimes) {
        int events = 0;
        int competing = 0;
        for (int i = 0; i < sets.size(); i++) {
            int ofCause = cause < sets.kinds() ? sets.exits(cause, i) : 0;
            events += ofCause;
            competing += sets.events(i) - ofCause;
        }
        List<IncidencePoint> points = new ArrayList<>(curve.size());
        for (int i = 0; i < curve.size(); i++) {
            var step = curve.step(i);
            points.add(new IncidencePoint(
                    step.time(),
                    step.incidence(),
                    standardError(step.variance()),
                    Estimate.orNull(step.lower()),
                    Estimate.orNull(step.upper())));
        }
        List<IncidenceLandmark> landmarks = new ArrayList<>(landmarkTimes.length);
        for (double time : landmarkTimes) {
            landmarks.add(landmark(time, curve.at(time)));
        }
        return new IncidenceGroup(curve.label(), curve.patients(), events, competing, landmarks, points);
    }

    private static IncidenceLandmark landmark(
            double time, Optional<org.aaregistry.reports.competingrisk.IncidencePoint> point) {
        return point.map(p -> new IncidenceLandmark(
                        time,
                        p.incidence(),
                        standardError(p.variance()),
                        Estimate.orNull(p.lower()),
                        Estimate.orNull(p.upper())))
                .orElseGet(() -> new IncidenceLandmark(time, null, null, null, null));
    }

    /**
     * √variance. Gray's variance is a difference of running sums, so where it is 0 in exact arithmetic
     * rounding can leave it a hair below; that is reported as 0, not NaN.
     */
    private static Double standardError(double variance) {
        return Double.isNaN(variance) ? null : Math.sqrt(Math.max(variance, 0));
    }

    /** Null when fewer than two groups have patients or the score variance is singular. */
    private static GrayTestSummary grayTest(GrayResult test) {
        if (test.statistic().isEmpty() || test.pValue().isEmpty()) {
            return null;
        }
        return new GrayTestSummary(
                test.statistic().getAsDouble(),
                test.degreesOfFreedom(),
                test.pValue().getAsDouble());
    }
}
