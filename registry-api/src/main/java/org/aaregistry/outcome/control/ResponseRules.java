package org.aaregistry.outcome.control;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.aaregistry.labs.control.CountSample;
import org.aaregistry.outcome.entity.ResponseCategory;
import org.aaregistry.outcome.entity.ResponseRuleSet;
import org.aaregistry.outcome.entity.TimePoint;

/**
 * Hematological response of a treatment line at 3, 6 and 12 months, and the best of them (data dictionary,
 * "Response assessments").
 *
 * <p>A count qualifies when it was taken without red cells in the previous 4 weeks, without platelets in the
 * previous 7 days and off G-CSF, so that it shows the patient's own marrow. The qualifying count nearest the
 * target date decides. Counts in the window that are all transfusion-affected mean transfusion dependence, which
 * is no response under every rule set; counts that could only be excluded for G-CSF leave the time point not
 * assessable. A transplant on or before the target date makes the time point not assessable; counts on or after
 * a transplant that falls later in the window are not used, since they show the graft, not the line.
 */
public final class ResponseRules {

    private ResponseRules() {}

    /**
     * The response at one time point.
     *
     * @param ruleSet the response definition; null means {@link ResponseRuleSet#defaultRuleSet()}
     */
    public static ResponseAssessment assess(
            ResponseContext ctx, List<CountSample> counts, TimePoint point, ResponseRuleSet ruleSet) {
        Objects.requireNonNull(ctx, "ctx");
        Objects.requireNonNull(counts, "counts");
        Objects.requireNonNull(point, "point");
        ResponseRuleSet rules = ruleSet == null ? ResponseRuleSet.defaultRuleSet() : ruleSet;
        ResponseWindow window = ResponseWindow.of(ctx.lineStart(), point);
        String heading = point.months() + " months (" + rules + ")";
        LocalDate transplant = ctx.firstTransplantAfterStart();
        if (transplant != null && !transplant.isAfter(window.target())) {
            return new ResponseAssessment(
                    point,
                    rules,
                    ResponseCategory.NOT_ASSESSABLE,
                    null,
                    heading + ": not assessable, transplanted before the time point (transplant " + transplant
                            + ", target date " + window.target() + ").");
        }
        List<CountSample> inWindow = counts.stream()
                .filter(c -> window.contains(c.date()))
                .filter(c -> transplant == null || c.date().isBefore(transplant))
                .toList();
        List<CountSample> qualifying =
                inWindow.stream().filter(ResponseRules::qualifies).toList();
        if (qualifying.isEmpty()) {
            return withoutQualifyingCount(point, rules, window, inWindow, heading);
        }
        CountSample used = window.nearest(qualifying);
        Classification result = switch (rules) {
            case NIH -> NihResponse.classify(used, ctx.severityRuleSet(), false);
            case RACE -> NihResponse.classify(used, ctx.severityRuleSet(), true);
            case BSH -> BshResponse.classify(used, ctx);
        };
        return new ResponseAssessment(
                point,
                rules,
                result.category(),
                used.date(),
                heading + ", count of " + used.date() + ": " + result.reason());
    }

    /**
     * The best response among the time points that could be assessed: CR over PR over NR; of equally good ones
     * the earliest time point, i.e. when the response was first reached. Not assessable when none could be.
     */
    public static ResponseAssessment best(List<ResponseAssessment> atTimePoints, ResponseRuleSet ruleSet) {
        Objects.requireNonNull(atTimePoints, "atTimePoints");
        ResponseRuleSet rules = ruleSet == null ? ResponseRuleSet.defaultRuleSet() : ruleSet;
        for (ResponseAssessment a : atTimePoints) {
            if (a.ruleSet() != rules) {
                throw new IllegalArgumentException("a " + a.ruleSet() + " assessment in a " + rules + " best response");
            }
        }
        Optional<ResponseAssessment> best = atTimePoints.stream()
                .filter(ResponseAssessment::isAssessable)
                .min(Comparator.comparingInt(
                                (ResponseAssessment a) -> -a.category().rank())
                        .thenComparing(a -> a.timePoint() == null
                                ? Integer.MAX_VALUE
                                : a.timePoint().months()));
        if (best.isEmpty()) {
            return new ResponseAssessment(
                    null,
                    rules,
                    ResponseCategory.NOT_ASSESSABLE,
                    null,
                    "Best response (" + rules + "): not assessable, no time point could be assessed.");
        }
        ResponseAssessment chosen = best.get();
        String when =
                chosen.timePoint() == null ? "" : " at " + chosen.timePoint().months() + " months";
        return new ResponseAssessment(
                null,
                rules,
                chosen.category(),
                chosen.countDate(),
                "Best response (" + rules + "): " + chosen.category() + ", first reached" + when + ".");
    }

    /** Red cells within 4 weeks, platelets within 7 days or G-CSF disqualify a count (data dictionary). */
    static boolean qualifies(CountSample count) {
        return !count.transfused() && !count.onGcsf();
    }

    private static ResponseAssessment withoutQualifyingCount(
            TimePoint point, ResponseRuleSet rules, ResponseWindow window, List<CountSample> inWindow, String heading) {
        if (inWindow.isEmpty()) {
            return new ResponseAssessment(
                    point,
                    rules,
                    ResponseCategory.NOT_ASSESSABLE,
                    null,
                    heading + ": not assessable, no blood counts from " + window.span() + ".");
        }
        if (inWindow.stream().allMatch(CountSample::transfused)) {
            CountSample nearest = window.nearest(inWindow);
            return new ResponseAssessment(
                    point,
                    rules,
                    ResponseCategory.NR,
                    nearest.date(),
                    heading + ": no response, transfusion dependent: every count from " + window.span()
                            + " followed a red cell transfusion within 4 weeks or a platelet transfusion within 7"
                            + " days.");
        }
        return new ResponseAssessment(
                point,
                rules,
                ResponseCategory.NOT_ASSESSABLE,
                null,
                heading + ": not assessable, the counts from " + window.span()
                        + " that followed no recent transfusion were taken on G-CSF.");
    }
}
