package org.aaregistry.reports.sample;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
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

/** One report of each kind, from made-up cohorts shaped like the published aplastic anemia trials. */
public final class SampleReports {
    public static final List<String> ARMS = List.of("hATG + CsA", "hATG + CsA + EPAG");
    public static final String COHORT_LINE = "site SITE-A; severity SAA, VSAA; diagnosis 2015-01-01 to 2024-12-31";
    public static final String GENERATED_BY = "investigator.alice";
    public static final LocalDate CUT_OFF = LocalDate.of(2025, 3, 31);
    public static final Instant GENERATED_AT = Instant.parse("2025-04-02T09:15:00Z");
    public static final double[] LANDMARKS = {365, 730, 1825};
    public static final double[] AT_RISK_TIMES = {0, 365, 730, 1095, 1460, 1825, 2190};
    public static final Map<String, Object> FILTERS = Map.of("site", "SITE-A", "severity", List.of("SAA", "VSAA"));

    private SampleReports() {}

    public static Provenance provenance(String endpoint, String origin, List<String> events, String ruleSet) {
        return new Provenance(GENERATED_BY, GENERATED_AT, CUT_OFF, COHORT_LINE, endpoint, origin, events, ruleSet);
    }

    /** Survival data of {@code patients} patients in the two arms, follow-up in whole days. */
    public static SurvivalData survivalData(int patients, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        double[] time = new double[patients];
        boolean[] event = new boolean[patients];
        int[] group = new int[patients];
        for (int i = 0; i < patients; i++) {
            group[i] = random.nextInt(2);
            double yearlyHazard = group[i] == 0 ? 0.12 : 0.07;
            double death = -Math.log(1 - random.nextDouble()) / yearlyHazard * 365;
            double followUp = 30 + random.nextDouble() * 2400;
            event[i] = death <= followUp;
            time[i] = Math.rint(Math.min(death, followUp));
        }
        return SurvivalData.of(time, event, group, ARMS);
    }

    public static SurvivalReport survival(int patients, long seed) {
        return SurvivalReports.build(
                survivalData(patients, seed),
                ConfidenceInterval.LOG,
                0.95,
                LANDMARKS,
                AT_RISK_TIMES,
                FILTERS,
                "OS",
                "DIAGNOSIS",
                provenance(
                        "Overall survival: death from any cause, censored at last contact",
                        "date of diagnosis",
                        List.of("death from any cause"),
                        null));
    }

    public static IncidenceReport incidence(int patients, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        double[] time = new double[patients];
        int[] status = new int[patients];
        int[] group = new int[patients];
        for (int i = 0; i < patients; i++) {
            group[i] = random.nextInt(2);
            double relapse = -Math.log(1 - random.nextDouble()) / (group[i] == 0 ? 0.15 : 0.10) * 365;
            double death = -Math.log(1 - random.nextDouble()) / 0.05 * 365;
            double followUp = 30 + random.nextDouble() * 2400;
            double first = Math.min(relapse, Math.min(death, followUp));
            status[i] = first == followUp ? 0 : first == relapse ? 1 : 2;
            time[i] = Math.rint(first);
        }
        return IncidenceReports.build(
                CompetingRisksData.of(time, status, group, ARMS),
                1,
                0.95,
                LANDMARKS,
                FILTERS,
                "RELAPSE",
                "FIRST_LINE_START",
                List.of("DEATH"),
                provenance(
                        "Relapse after response to immunosuppression",
                        "start of first-line treatment",
                        List.of("relapse: counts back in the severe range, transfusions resumed, or CsA restarted"),
                        null));
    }

    public static ResponseReport response(int patients, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        int[] group = new int[patients];
        byte[][] categories = new byte[4][patients];
        for (int i = 0; i < patients; i++) {
            group[i] = random.nextInt(2);
            byte best = 0;
            for (int t = 0; t < 3; t++) {
                double u = random.nextDouble();
                double cr = group[i] == 0 ? 0.10 + 0.08 * t : 0.22 + 0.12 * t;
                double orr = group[i] == 0 ? 0.41 + 0.05 * t : 0.68 + 0.05 * t;
                byte c = u < 0.05 ? 0 : u < 0.05 + cr ? (byte) 3 : u < 0.05 + orr ? (byte) 2 : (byte) 1;
                categories[t][i] = c;
                best = (byte) Math.max(best, c);
            }
            categories[3][i] = best;
        }
        return ResponseReports.build(
                ARMS,
                group,
                categories,
                FILTERS,
                "NIH",
                provenance(
                        null,
                        "start of first-line treatment",
                        List.of(),
                        "NIH (Townsley et al., NEJM 2017): CR ANC ≥ 1.0, Hb ≥ 100 g/L, platelets ≥ 100 ×10⁹/L"));
    }

    public static SummaryTables baseline(int patients, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        int[] group = new int[patients];
        double[] age = new double[patients];
        double[] anc = new double[patients];
        double[] pnh = new double[patients];
        int[] ageGroup = new int[patients];
        int[] sex = new int[patients];
        int[] severity = new int[patients];
        int[] cause = new int[patients];
        for (int i = 0; i < patients; i++) {
            group[i] = random.nextInt(2);
            age[i] = 8 + random.nextInt(70);
            ageGroup[i] = age[i] < 18 ? 0 : age[i] < 40 ? 1 : age[i] < 60 ? 2 : 3;
            anc[i] = random.nextInt(20) == 0 ? Double.NaN : Math.rint(random.nextDouble() * 80) / 100;
            pnh[i] = random.nextInt(3) == 0 ? Math.rint(random.nextDouble() * 300) / 10 : 0;
            sex[i] = random.nextInt(2);
            severity[i] = anc[i] < 0.2 ? 1 : 0;
            cause[i] = random.nextInt(10) < 8 ? 0 : random.nextInt(10) == 0 ? -1 : 1 + random.nextInt(2);
        }
        return SummaryTables.byGroup(ARMS, group)
                .numeric("Age at diagnosis", "years", age)
                .categorical("Age group", List.of("<18", "18–39", "40–59", "≥60"), ageGroup)
                .categorical("Sex", List.of("M", "F", "U"), sex)
                .categorical("Cause", List.of("IDIOPATHIC", "DRUG", "HEPATITIS"), cause)
                .categorical("Severity", List.of("SAA", "VSAA"), severity)
                .numeric("ANC", "×10⁹/L", anc)
                .numeric("PNH clone", "% granulocytes", pnh);
    }

    public static CohortSummaryReport cohortSummary(int patients, long seed) {
        return baseline(patients, seed).report(FILTERS, provenance(null, null, List.of(), null));
    }

    public static TransplantReport transplant(int patients, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        List<String> donors = List.of("MSD", "MUD", "HAPLO");
        int[] group = new int[patients];
        int[] engrafted = new int[patients];
        int[] graftFailure = new int[patients];
        int[] agvhd24 = new int[patients];
        int[] agvhd34 = new int[patients];
        int[] cgvhd = new int[patients];
        double[] days = new double[patients];
        for (int i = 0; i < patients; i++) {
            group[i] = random.nextInt(3);
            engrafted[i] = random.nextInt(20) == 0 ? 1 : 0;
            days[i] = engrafted[i] == 0 ? 12 + random.nextInt(15) : Double.NaN;
            graftFailure[i] = engrafted[i] == 1 ? 1 : random.nextInt(25) == 0 ? 2 : 0;
            agvhd24[i] = random.nextInt(100) < 10 + 8 * group[i] ? 0 : 1;
            agvhd34[i] = agvhd24[i] == 0 && random.nextBoolean() ? 0 : 1;
            cgvhd[i] = random.nextInt(100) < 70 ? 0 : 1 + random.nextInt(3);
        }
        SummaryTables outcomes = SummaryTables.byGroup(donors, group)
                .categorical("Neutrophil engraftment", List.of("yes", "no"), engrafted)
                .numeric("Days to neutrophil engraftment", "days", days)
                .categorical("Graft failure", List.of("none", "primary", "secondary"), graftFailure)
                .categorical("Acute GVHD grade II–IV", List.of("yes", "no"), agvhd24)
                .categorical("Acute GVHD grade III–IV", List.of("yes", "no"), agvhd34)
                .categorical("Chronic GVHD", List.of("none", "mild", "moderate", "severe"), cgvhd);
        SurvivalData os = transplantSurvival(group, donors, 0.06, random);
        SurvivalData grfs = transplantSurvival(group, donors, 0.20, random);
        Provenance osProvenance =
                provenance("Overall survival from transplant", "day of transplant", List.of("death"), null);
        double[] landmarks = {365, 1095};
        return TransplantReports.build(
                "DONOR_TYPE",
                outcomes,
                SurvivalReports.build(
                        os,
                        ConfidenceInterval.LOG,
                        0.95,
                        landmarks,
                        AT_RISK_TIMES,
                        FILTERS,
                        "OS",
                        "TRANSPLANT",
                        osProvenance),
                SurvivalReports.build(
                        grfs,
                        ConfidenceInterval.LOG,
                        0.95,
                        landmarks,
                        AT_RISK_TIMES,
                        FILTERS,
                        "GRFS",
                        "TRANSPLANT",
                        osProvenance),
                FILTERS,
                provenance(
                        "OS and GRFS from the day of transplant",
                        "day of transplant (day 0)",
                        List.of(
                                "GRFS: first of grade III–IV acute GVHD, moderate or severe chronic GVHD, graft failure, death"),
                        null));
    }

    private static SurvivalData transplantSurvival(
            int[] group, List<String> donors, double yearlyHazard, SplittableRandom random) {
        double[] time = new double[group.length];
        boolean[] event = new boolean[group.length];
        for (int i = 0; i < group.length; i++) {
            double t = -Math.log(1 - random.nextDouble()) / (yearlyHazard * (1 + 0.5 * group[i])) * 365;
            double followUp = 100 + random.nextInt(2000);
            event[i] = t <= followUp;
            time[i] = Math.rint(Math.min(t, followUp));
        }
        return SurvivalData.of(time, event, group, donors);
    }
}
