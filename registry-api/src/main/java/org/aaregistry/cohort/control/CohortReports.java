package org.aaregistry.cohort.control;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.aaregistry.cohort.control.Cohort.Part;
import org.aaregistry.cohort.entity.EfsEvent;
import org.aaregistry.cohort.entity.Endpoint;
import org.aaregistry.cohort.entity.GroupBy;
import org.aaregistry.cohort.entity.IncidenceEvent;
import org.aaregistry.cohort.entity.Origin;
import org.aaregistry.patient.entity.Cause;
import org.aaregistry.patient.entity.Severity;
import org.aaregistry.patient.entity.Sex;
import org.aaregistry.reports.competingrisk.CompetingRisksData;
import org.aaregistry.reports.report.CohortSummaryReport;
import org.aaregistry.reports.report.IncidenceReport;
import org.aaregistry.reports.report.IncidenceReports;
import org.aaregistry.reports.report.Provenance;
import org.aaregistry.reports.report.ResponseReport;
import org.aaregistry.reports.report.ResponseReports;
import org.aaregistry.reports.report.SummaryTables;
import org.aaregistry.reports.report.SurvivalReport;
import org.aaregistry.reports.report.SurvivalReports;
import org.aaregistry.reports.report.TransplantReport;
import org.aaregistry.reports.report.TransplantReports;
import org.aaregistry.reports.survival.ConfidenceInterval;
import org.aaregistry.reports.survival.SurvivalData;
import org.aaregistry.transplant.entity.ChronicGvhd;
import org.aaregistry.treatment.entity.Regimen;

/**
 * The five reports of a cohort: its columns turned into the (time, event, group) and tables the statistics of
 * {@code reports} compute on. Pure computation; the cohort was extracted before.
 */
public final class CohortReports {

    /** The number-at-risk table defaults to these days: 0 to 5 years, yearly. */
    public static final double[] AT_RISK_DAYS = {0, 365, 730, 1095, 1460, 1825};

    private static final double LEVEL = 0.95;

    private CohortReports() {}

    /** What every survival-type report is asked for. */
    public record Analysis(
            Endpoint endpoint,
            Origin origin,
            GroupBy groupBy,
            ConfidenceInterval ci,
            double[] landmarks,
            double[] atRiskTimes,
            Set<EfsEvent> efsEvents,
            Map<String, Object> cohort,
            Provenance provenance) {}

    /** What a survival report reads of each patient's course. */
    public static Set<Part> survivalReads(Endpoint endpoint, GroupBy groupBy) {
        Set<Part> parts = reads(groupBy);
        if (endpoint == Endpoint.EFS) {
            parts.addAll(EnumSet.of(Part.EVENTS, Part.RESPONSES));
        }
        if (endpoint == Endpoint.GRFS) {
            parts.add(Part.TRANSPLANT_OUTCOMES);
        }
        return parts;
    }

    /** What a cumulative incidence reads: the event's dates, besides death and transplant. */
    public static Set<Part> incidenceReads(IncidenceEvent event, GroupBy groupBy) {
        Set<Part> parts = reads(groupBy);
        parts.add(event == IncidenceEvent.RESPONSE ? Part.RESPONSES : Part.EVENTS);
        return parts;
    }

    public static Set<Part> responseReads(GroupBy groupBy) {
        Set<Part> parts = reads(groupBy);
        parts.add(Part.RESPONSES);
        return parts;
    }

    public static Set<Part> summaryReads() {
        return EnumSet.of(Part.DEMOGRAPHY, Part.BASELINE);
    }

    public static Set<Part> transplantReads() {
        return EnumSet.of(Part.TRANSPLANT_OUTCOMES);
    }

    /** What every report reads, and the demography when the groups are made of it. */
    private static Set<Part> reads(GroupBy groupBy) {
        Set<Part> parts = EnumSet.copyOf(Part.ALWAYS);
        if (groupBy != null && groupBy.fromDemography()) {
            parts.add(Part.DEMOGRAPHY);
        }
        return parts;
    }

    public static SurvivalReport survival(Cohort c, Analysis a) {
        Outcomes outcomes = Endpoints.survival(c, a.endpoint(), a.origin(), a.efsEvents());
        Grouping grouping = Grouping.of(c, outcomes.patients(), a.groupBy());
        SurvivalData data = SurvivalData.of(outcomes.time(), outcomes.events(), grouping.group(), grouping.labels());
        return SurvivalReports.build(
                data,
                a.ci(),
                LEVEL,
                a.landmarks(),
                a.atRiskTimes(),
                a.cohort(),
                a.endpoint().name(),
                a.origin().name(),
                a.provenance());
    }

    public static IncidenceReport incidence(Cohort c, IncidenceEvent event, Analysis a) {
        Outcomes outcomes = Endpoints.incidence(c, event, a.origin());
        Grouping grouping = Grouping.of(c, outcomes.patients(), a.groupBy());
        CompetingRisksData data =
                CompetingRisksData.of(outcomes.time(), outcomes.status(), grouping.group(), grouping.labels());
        return IncidenceReports.build(
                data,
                1,
                LEVEL,
                a.landmarks(),
                a.cohort(),
                event.name(),
                a.origin().name(),
                event.competing(),
                a.provenance());
    }

    public static ResponseReport response(
            Cohort c, GroupBy groupBy, String ruleSet, Map<String, Object> cohort, Provenance provenance) {
        int[] treated = treated(c);
        Grouping grouping = Grouping.of(c, treated, groupBy);
        byte[][] categories = new byte[Cohort.TIME_POINTS.size()][treated.length];
        for (int point = 0; point < categories.length; point++) {
            for (int k = 0; k < treated.length; k++) {
                categories[point][k] = c.response[point][treated[k]];
            }
        }
        return ResponseReports.build(grouping.labels(), grouping.group(), categories, cohort, ruleSet, provenance);
    }

    public static CohortSummaryReport summary(
            Cohort c, GroupBy groupBy, Map<String, Object> cohort, Provenance provenance) {
        int[] all = everyone(c);
        Grouping grouping = Grouping.of(c, all, groupBy);
        return baseline(c, all, grouping).report(cohort, provenance);
    }

    /** Outcomes of transplanted patients by donor type or graft source, from day 0. */
    public static TransplantReport transplant(Cohort c, GroupBy groupBy, Analysis a) {
        GroupBy by = groupBy == GroupBy.GRAFT_SOURCE ? GroupBy.GRAFT_SOURCE : GroupBy.DONOR_TYPE;
        Analysis fromTransplant = new Analysis(
                Endpoint.OS,
                Origin.TRANSPLANT,
                by,
                a.ci(),
                a.landmarks(),
                a.atRiskTimes(),
                EnumSet.allOf(EfsEvent.class),
                a.cohort(),
                a.provenance());
        SurvivalReport os = survival(c, fromTransplant);
        SurvivalReport grfs = survival(
                c,
                new Analysis(
                        Endpoint.GRFS,
                        Origin.TRANSPLANT,
                        by,
                        a.ci(),
                        a.landmarks(),
                        a.atRiskTimes(),
                        EnumSet.allOf(EfsEvent.class),
                        a.cohort(),
                        a.provenance()));
        Outcomes transplanted = Endpoints.survival(c, Endpoint.OS, Origin.TRANSPLANT, EnumSet.allOf(EfsEvent.class));
        int[] patients = transplanted.patients();
        Grouping grouping = Grouping.of(c, patients, by);
        SummaryTables outcomes = SummaryTables.byGroup(grouping.labels(), grouping.group())
                .categorical(
                        "Neutrophil engraftment",
                        List.of("yes", "no"),
                        codes(patients, i -> c.neutrophilEngraftment[i] != Cohort.NONE ? 0 : 1))
                .numeric(
                        "Days to neutrophil engraftment",
                        "days",
                        days(patients, i -> c.neutrophilEngraftment[i], i -> c.transplant[i]))
                .categorical(
                        "Platelet engraftment",
                        List.of("yes", "no"),
                        codes(patients, i -> c.plateletEngraftment[i] != Cohort.NONE ? 0 : 1))
                .numeric(
                        "Days to platelet engraftment",
                        "days",
                        days(patients, i -> c.plateletEngraftment[i], i -> c.transplant[i]))
                .categorical(
                        "Graft failure",
                        List.of("NONE", "PRIMARY", "SECONDARY"),
                        codes(patients, i -> c.graftFailure[i]))
                .categorical(
                        "Acute GVHD grade II-IV",
                        List.of("yes", "no"),
                        codes(patients, i -> c.acuteGvhdGrade[i] < 0 ? -1 : c.acuteGvhdGrade[i] >= 2 ? 0 : 1))
                .categorical(
                        "Acute GVHD grade III-IV",
                        List.of("yes", "no"),
                        codes(patients, i -> c.acuteGvhdGrade[i] < 0 ? -1 : c.acuteGvhdGrade[i] >= 3 ? 0 : 1))
                .categorical("Chronic GVHD", names(ChronicGvhd.values()), codes(patients, i -> c.chronicGvhd[i]));
        return TransplantReports.build(by.name(), outcomes, os, grfs, os.cohort(), a.provenance());
    }

    private static SummaryTables baseline(Cohort c, int[] patients, Grouping grouping) {
        return SummaryTables.byGroup(grouping.labels(), grouping.group())
                .numeric("Age at diagnosis", "years", values(patients, i -> c.ageAtDiagnosis(i)))
                .categorical("Sex", names(Sex.values()), codes(patients, i -> c.sex[i]))
                .categorical("Cause", names(Cause.values()), codes(patients, i -> c.cause[i]))
                .categorical("Severity", names(Severity.values()), codes(patients, i -> c.severity[i]))
                .numeric("Hemoglobin", "g/L", values(patients, i -> c.hemoglobin[i]))
                .numeric("Neutrophils", "x10^9/L", values(patients, i -> c.anc[i]))
                .numeric("Platelets", "x10^9/L", values(patients, i -> c.platelets[i]))
                .numeric("Reticulocytes", "x10^9/L", values(patients, i -> c.reticulocytes[i]))
                .categorical(
                        "PNH clone >= 1%",
                        List.of("present", "absent"),
                        codes(patients, i -> Float.isNaN(c.pnhPercent[i]) ? -1 : c.pnhPercent[i] >= 1 ? 0 : 1))
                .categorical(
                        "First-line regimen", names(Regimen.values()), codes(patients, i -> c.firstLineRegimen[i]));
    }

    private static int[] everyone(Cohort c) {
        int[] all = new int[c.size];
        for (int i = 0; i < all.length; i++) {
            all[i] = i;
        }
        return all;
    }

    /** Patients with a first treatment line: the response report's denominator. */
    private static int[] treated(Cohort c) {
        List<Integer> treated = new ArrayList<>();
        for (int i = 0; i < c.size; i++) {
            if (c.firstLineStart[i] != Cohort.NONE) {
                treated.add(i);
            }
        }
        return treated.stream().mapToInt(Integer::intValue).toArray();
    }

    private static int[] codes(int[] patients, java.util.function.IntUnaryOperator code) {
        int[] codes = new int[patients.length];
        for (int k = 0; k < patients.length; k++) {
            codes[k] = code.applyAsInt(patients[k]);
        }
        return codes;
    }

    private static double[] values(int[] patients, java.util.function.IntToDoubleFunction value) {
        double[] values = new double[patients.length];
        for (int k = 0; k < patients.length; k++) {
            values[k] = value.applyAsDouble(patients[k]);
        }
        return values;
    }

    private static double[] days(
            int[] patients, java.util.function.IntUnaryOperator date, java.util.function.IntUnaryOperator from) {
        return values(
                patients,
                i -> date.applyAsInt(i) == Cohort.NONE ? Double.NaN : date.applyAsInt(i) - from.applyAsInt(i));
    }

    private static List<String> names(Enum<?>[] values) {
        List<String> names = new ArrayList<>();
        for (Enum<?> value : values) {
            names.add(value.name());
        }
        return names;
    }
}
