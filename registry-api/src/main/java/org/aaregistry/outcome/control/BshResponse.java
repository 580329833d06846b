package org.aaregistry.outcome.control;

import java.math.BigDecimal;
import java.util.List;
import org.aaregistry.labs.control.CountSample;
import org.aaregistry.outcome.entity.ResponseCategory;
import org.aaregistry.patient.control.Criterion;
import org.aaregistry.patient.control.CriterionStatus;
import org.aaregistry.patient.control.SevereBloodCriteria;
import org.aaregistry.patient.entity.Severity;

/**
 * Response by Camitta (Acta Haematol 2000) as the BSH guideline uses it (Killick et al., Br J Haematol 2016).
 *
 * <p>CR: hemoglobin normal for sex (≥ 120 g/L women, ≥ 130 g/L men; 130 when sex is not recorded), ANC &gt; 1.5 and
 * platelets &gt; 150 ×10⁹/L. PR after SAA or VSAA: transfusion independent and the SAA blood criteria no longer
 * met. PR after NSAA, any of: transfusion independent after transfusion dependence; a line normalised (hemoglobin
 * as for CR, ANC ≥ 1.5, platelets ≥ 150) or at least doubled from baseline; hemoglobin up &gt; 30 g/L from &lt; 60,
 * ANC up &gt; 0.5 from &lt; 0.5, platelets up &gt; 20 from &lt; 20. NR otherwise.
 */
final class BshResponse {

    // Normal hemoglobin g/L for CR and normalisation (BSH guideline, Killick et al. 2016).
    static final double NORMAL_HEMOGLOBIN_WOMEN = 120;
    static final double NORMAL_HEMOGLOBIN_MEN = 130;
    // CR is strictly above these, normalisation at least these (Camitta 2000).
    static final double NORMAL_ANC = 1.5;
    static final double NORMAL_PLATELETS = 150;
    // PR after NSAA by a rise from a low baseline (Camitta 2000): hemoglobin up > 30 g/L from < 60 g/L, ANC up
    // > 0.5 from < 0.5 ×10⁹/L, platelets up > 20 from < 20 ×10⁹/L.
    static final double LOW_HEMOGLOBIN = 60;
    static final double HEMOGLOBIN_RISE = 30;
    static final double LOW_ANC = 0.5;
    static final double ANC_RISE = 0.5;
    static final double LOW_PLATELETS = 20;
    static final double PLATELET_RISE = 20;

    private BshResponse() {}

    static Classification classify(CountSample count, ResponseContext ctx) {
        double normalHb = normalHemoglobin(ctx.sex());
        String sexNote = "F".equals(ctx.sex()) || "M".equals(ctx.sex())
                ? ""
                : " (sex not recorded: the male normal hemoglobin " + Criterion.number(normalHb) + " g/L was used)";
        List<Criterion> complete = List.of(
                Criterion.atLeast("hemoglobin", count.hemoglobin(), normalHb, " g/L"),
                Criterion.above("ANC", count.anc(), NORMAL_ANC, ""),
                Criterion.above("platelets", count.platelets(), NORMAL_PLATELETS, ""));
        CriterionStatus cr =
                CriterionStatus.allOf(complete.stream().map(Criterion::status).toArray(CriterionStatus[]::new));
        if (cr == CriterionStatus.MET) {
            return new Classification(
                    ResponseCategory.CR, "complete response: " + Classification.describe(complete) + sexNote + ".");
        }
        if (cr == CriterionStatus.UNKNOWN) {
            return Classification.notAssessable("not assessable, missing values leave complete response undecided ("
                    + Classification.describe(complete) + ")" + sexNote + ".");
        }
        String notComplete = "not complete (" + Classification.describeFailed(complete) + ")" + sexNote;
        Severity before = ctx.baselineSeverity();
        if (before != null && before.isSevere()) {
            return NihResponse.stillSevere(
                    SevereBloodCriteria.evaluate(
                            count.anc(), count.platelets(), count.reticulocytes(), null, ctx.severityRuleSet()),
                    notComplete);
        }
        if (before == Severity.NSAA) {
            return afterNonSevere(count, ctx, normalHb, notComplete);
        }
        return Classification.notAssessable("not assessable, " + notComplete + ", and the BSH partial response is"
                + " defined only after SAA, VSAA or NSAA (baseline severity " + before + ").");
    }

    /** The BSH normal hemoglobin; for sex {@code U} or unrecorded the higher, male, value (conservative). */
    static double normalHemoglobin(String sex) {
        return "F".equals(sex) ? NORMAL_HEMOGLOBIN_WOMEN : NORMAL_HEMOGLOBIN_MEN;
    }

    private static Classification afterNonSevere(
            CountSample now, ResponseContext ctx, double normalHb, String notComplete) {
        List<Criterion> partial = partialCriteria(now, ctx, normalHb);
        CriterionStatus pr =
                CriterionStatus.anyOf(partial.stream().map(Criterion::status).toArray(CriterionStatus[]::new));
        String met = Classification.describe(
                partial.stream().filter(Criterion::isMet).toList());
        String missing = Classification.describe(
                partial.stream().filter(Criterion::isUnknown).distinct().toList());
        return switch (pr) {
            case MET ->
                new Classification(
                        ResponseCategory.PR, "partial response after NSAA: " + met + "; " + notComplete + ".");
            case NOT_MET ->
                new Classification(
                        ResponseCategory.NR,
                        "no response after NSAA: no line normalised, doubled or rose enough, and not transfusion"
                                + " dependent before; " + notComplete + ".");
            case UNKNOWN ->
                Classification.notAssessable("not assessable, " + notComplete
                        + ", no partial-response criterion met, and missing data leaves it undecided (" + missing
                        + ").");
        };
    }

    /** Any one of these makes a partial response after NSAA (Camitta 2000). */
    private static List<Criterion> partialCriteria(CountSample now, ResponseContext ctx, double normalHb) {
        CountSample base = ctx.baseline();
        Double baseHb = base == null ? null : base.hemoglobin();
        Double baseAnc = base == null ? null : base.anc();
        Double basePlatelets = base == null ? null : base.platelets();
        return List.of(
                ctx.transfusionDependentBefore()
                        ? new Criterion(CriterionStatus.MET, "transfusion independent after transfusion dependence")
                        : new Criterion(CriterionStatus.NOT_MET, "not transfusion dependent before"),
                Criterion.atLeast("hemoglobin (normal)", now.hemoglobin(), normalHb, " g/L"),
                Criterion.atLeast("ANC (normal)", now.anc(), NORMAL_ANC, ""),
                Criterion.atLeast("platelets (normal)", now.platelets(), NORMAL_PLATELETS, ""),
                doubled("hemoglobin", now.hemoglobin(), baseHb, " g/L"),
                doubled("ANC", now.anc(), baseAnc, ""),
                doubled("platelets", now.platelets(), basePlatelets, ""),
                rose("hemoglobin", now.hemoglobin(), baseHb, LOW_HEMOGLOBIN, HEMOGLOBIN_RISE, " g/L"),
                rose("ANC", now.anc(), baseAnc, LOW_ANC, ANC_RISE, ""),
                rose("platelets", now.platelets(), basePlatelets, LOW_PLATELETS, PLATELET_RISE, ""));
    }

    /**
     * At least twice the baseline. A baseline of 0 has no meaningful double; the rises from a low baseline cover
     * that case.
     */
    static Criterion doubled(String label, Double now, Double before, String unit) {
        if (before == null) {
            return Criterion.missing("baseline " + label);
        }
        if (before <= 0) {
            return new Criterion(CriterionStatus.NOT_MET, label + " baseline 0: doubling not defined");
        }
        if (now == null) {
            return Criterion.missing(label);
        }
        boolean met = now >= 2 * before;
        String text = label + " " + Criterion.number(now) + unit + (met ? " ≥ " : " < ") + "2 × baseline "
                + Criterion.number(before) + unit;
        return new Criterion(CriterionStatus.of(met), text);
    }

    /**
     * Up by more than {@code minRise} from a baseline below {@code lowBefore}; decimal arithmetic, so that 0.3 to
     * 0.8 is a rise of exactly 0.5.
     */
    static Criterion rose(String label, Double now, Double before, double lowBefore, double minRise, String unit) {
        if (before == null) {
            return Criterion.missing("baseline " + label);
        }
        if (before >= lowBefore) {
            return new Criterion(
                    CriterionStatus.NOT_MET,
                    "baseline " + label + " " + Criterion.number(before) + unit + " not below "
                            + Criterion.number(lowBefore) + unit);
        }
        if (now == null) {
            return Criterion.missing(label);
        }
        BigDecimal rise = BigDecimal.valueOf(now).subtract(BigDecimal.valueOf(before));
        boolean met = rise.compareTo(BigDecimal.valueOf(minRise)) > 0;
        String text = label + " up " + rise.stripTrailingZeros().toPlainString() + unit + (met ? " > " : " ≤ ")
                + Criterion.number(minRise) + unit + " from " + Criterion.number(before) + unit;
        return new Criterion(CriterionStatus.of(met), text);
    }
}
