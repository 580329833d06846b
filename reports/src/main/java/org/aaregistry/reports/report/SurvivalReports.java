package org.aaregistry.reports.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.aaregistry.reports.survival.ConfidenceInterval;
import org.aaregistry.reports.survival.KaplanMeier;
import org.aaregistry.reports.survival.LandmarkSurvival;
import org.aaregistry.reports.survival.LogRank;
import org.aaregistry.reports.survival.LogRankResult;
import org.aaregistry.reports.survival.SurvivalCurve;
import org.aaregistry.reports.survival.SurvivalData;
import org.aaregistry.reports.survival.SurvivalStep;

/** Builds a {@link SurvivalReport} from follow-up data: Kaplan–Meier per group and the log-rank test. */
public final class SurvivalReports {
    private SurvivalReports() {}

    /**
     * @param data each patient's (time in days, event, group)
     * @param ci the interval type of the curves, landmarks and medians
     * @param level their confidence level, 0.95 by default
     * @param landmarkTimes days at which to report survival (365, 730, 1825, say)
     * @param atRiskTimes days at which to count the patients at risk; also the time ticks of the PDF plot
     * @param cohort the cohort's filters; {@code n} is set to the patients in {@code data}
     * @param endpoint the endpoint's code (OS, EFS, GRFS, …)
     * @param origin the time origin's code (DIAGNOSIS, FIRST_LINE_START, TRANSPLANT)
     */
    public static SurvivalReport build(
            SurvivalData data,
            ConfidenceInterval ci,
            double level,
            double[] landmarkTimes,
            double[] atRiskTimes,
            Map<String, Object> cohort,
            String endpoint,
            String origin,
            Provenance provenance) {
        List<SurvivalCurve> curves = KaplanMeier.fit(data, ci, level);
        List<SurvivalGroup> groups = new ArrayList<>(curves.size());
        for (SurvivalCurve curve : curves) {
            groups.add(group(curve, landmarkTimes, atRiskTimes));
        }
        return new SurvivalReport(
                CohortFilters.withSize(cohort, data.patients()),
                endpoint,
                origin,
                ci.name(),
                level,
                groups,
                data.groupCount() < 2 ? null : logRank(LogRank.test(data)),
                provenance);
    }

    private static SurvivalGroup group(SurvivalCurve curve, double[] landmarkTimes, double[] atRiskTimes) {
        List<CurvePoint> points = new ArrayList<>(curve.size());
        int events = 0;
        for (int i = 0; i < curve.size(); i++) {
            SurvivalStep step = curve.step(i);
            events += step.events();
            points.add(new CurvePoint(
                    step.time(),
                    step.atRisk(),
                    step.events(),
                    step.censored(),
                    step.survival(),
                    Estimate.orNull(step.standardError()),
                    Estimate.orNull(step.lower()),
                    Estimate.orNull(step.upper())));
        }
        List<Landmark> landmarks = new ArrayList<>(landmarkTimes.length);
        for (double time : landmarkTimes) {
            landmarks.add(landmark(time, curve.at(time)));
        }
        List<AtRisk> atRisk = new ArrayList<>(atRiskTimes.length);
        for (double time : atRiskTimes) {
            atRisk.add(new AtRisk(time, curve.numberAtRisk(time)));
        }
        return new SurvivalGroup(curve.label(), curve.patients(), events, median(curve), landmarks, atRisk, points);
    }

    private static Estimate median(SurvivalCurve curve) {
        if (curve.size() == 0) {
            return new Estimate(null, null, null);
        }
        var median = curve.median();
        return Estimate.of(median.time(), median.lower(), median.upper());
    }

    private static Landmark landmark(double time, Optional<LandmarkSurvival> survival) {
        return survival.map(s -> new Landmark(
                        time,
                        s.survival(),
                        Estimate.orNull(s.standardError()),
                        Estimate.orNull(s.lower()),
                        Estimate.orNull(s.upper())))
                .orElseGet(() -> new Landmark(time, null, null, null, null));
    }

    /** Null when fewer than two groups had expected events: nothing to compare. */
    private static LogRankSummary logRank(LogRankResult test) {
        if (test.chiSquare().isEmpty() || test.pValue().isEmpty()) {
            return null;
        }
        return new LogRankSummary(
                test.chiSquare().getAsDouble(),
                test.degreesOfFreedom(),
                test.pValue().getAsDouble());
    }
}
