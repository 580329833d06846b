package org.aaregistry.demo.control;

import java.time.LocalDate;
import org.aaregistry.demo.control.Presentation.Baseline;
import org.aaregistry.demo.control.Presentation.Marrow;
import org.aaregistry.demo.control.Presentation.Screen;
import org.aaregistry.demo.control.Presentation.TargetSeverity;
import org.aaregistry.patient.entity.Cause;
import org.aaregistry.patient.entity.ReticulocyteMethod;
import org.aaregistry.patient.entity.Sex;

/**
 * Draws patients at diagnosis. Each distribution is documented, with its source or as an assumption, in
 * {@code docs/demo-cohort.md} ("At diagnosis").
 */
final class Diagnoses {

    static final LocalDate FIRST_DIAGNOSIS = LocalDate.of(2005, 1, 1);
    static final LocalDate LAST_DIAGNOSIS = LocalDate.of(2025, 12, 31);

    /** VSAA, SAA, NSAA, does not meet criteria, not assessable (assumption, see docs/demo-cohort.md). */
    static final double[] SEVERITY_MIX = {0.30, 0.40, 0.25, 0.02, 0.03};

    private static final Cause[] ACQUIRED = {
        Cause.IDIOPATHIC,
        Cause.HEPATITIS,
        Cause.DRUG,
        Cause.TOXIN,
        Cause.PREGNANCY,
        Cause.PNH_ASSOCIATED,
        Cause.OTHER_IMMUNE,
        Cause.VIRAL,
        Cause.RADIATION_CHEMO,
        Cause.UNKNOWN
    };
    private static final double[] ACQUIRED_WEIGHTS = {0.77, 0.06, 0.04, 0.01, 0.01, 0.02, 0.02, 0.01, 0.005, 0.055};
    private static final Cause[] INHERITED = {
        Cause.IBMF_FANCONI, Cause.IBMF_TELOMERE, Cause.IBMF_SDS, Cause.IBMF_GATA2, Cause.IBMF_OTHER
    };
    private static final double[] INHERITED_WEIGHTS = {0.40, 0.30, 0.10, 0.12, 0.08};
    private static final String[] DRUGS = {
        "carbamazepine", "chloramphenicol", "sulfasalazine", "gold salts", "methimazole", "phenytoin"
    };
    private static final String[] ABNORMAL_KARYOTYPES = {"+8", "del(13)(q12q22)", "del(20)(q11.2q13.3)", "-Y"};

    private Diagnoses() {}

    static Presentation draw(Chance chance, DemoSite site) {
        LocalDate diagnosis = diagnosisDate(chance);
        Sex sex = chance.pick(new Sex[] {Sex.M, Sex.F, Sex.U}, 0.515, 0.48, 0.005);
        int age = age(chance, site);
        Cause cause = cause(chance, age, sex);
        TargetSeverity severity = cause == Cause.IBMF_TELOMERE || cause == Cause.IBMF_SDS
                // inherited syndromes often present with milder, slowly progressive cytopenias
                ? chance.pick(TargetSeverity.values(), 0.10, 0.35, 0.50, 0.03, 0.02)
                : chance.pick(TargetSeverity.values(), SEVERITY_MIX);
        Marrow marrow = marrow(chance, severity, diagnosis);
        Baseline baseline = baseline(chance, severity, diagnosis);
        Double clone = chance.chance(cause == Cause.PNH_ASSOCIATED ? 1 : cause.inherited() ? 0.02 : 0.42)
                ? Math.min(95, Math.max(1, chance.logNormal(cause == Cause.PNH_ASSOCIATED ? 25 : 3.5, 3)))
                : null;
        boolean abnormal = !cause.inherited() && chance.chance(0.07);
        String karyotype = karyotype(chance, sex, abnormal);
        // siblings: fewer for the old (fewer living, eligible siblings) and in smaller families of later years
        boolean sibling = chance.chance(age < 40 ? 0.30 : age < 60 ? 0.20 : 0.10);
        double unrelatedFound = 0.55 + 0.015 * (diagnosis.getYear() - 2005); // registries and haplo grew
        return new Presentation(
                sex,
                age,
                diagnosis,
                cause,
                causeDetail(chance, cause),
                severity,
                marrow,
                baseline,
                clone,
                karyotype,
                abnormal,
                screen(chance, cause, age),
                sibling,
                chance.chance(unrelatedFound));
    }

    /** Accrual grows over the years as sites join: density rising linearly to twice its start. */
    private static LocalDate diagnosisDate(Chance chance) {
        double u = chance.uniform(0, 1);
        double fraction = (Math.sqrt(1 + 3 * u) - 1); // inverse of the CDF (x + x²/2) / 1.5 on [0, 1]
        long span = LAST_DIAGNOSIS.toEpochDay() - FIRST_DIAGNOSIS.toEpochDay();
        return FIRST_DIAGNOSIS.plusDays(Math.round(fraction * span));
    }

    /** Two peaks, adolescents and young adults, and the over-sixties; a children's hospital under 18 only. */
    private static int age(Chance chance, DemoSite site) {
        if (site.paediatric()) {
            return (int) Math.round(chance.normal(11, 4.5, 1, 17));
        }
        return switch (chance.pick(0.38, 0.30, 0.32)) {
            case 0 -> (int) Math.round(chance.normal(21, 8, 2, 39));
            case 1 -> chance.between(30, 59);
            default -> (int) Math.round(chance.normal(68, 8, 55, 92));
        };
    }

    private static Cause cause(Chance chance, int age, Sex sex) {
        double inherited = age < 18 ? 0.14 : age < 40 ? 0.05 : 0.01;
        if (chance.chance(inherited)) {
            return chance.pick(INHERITED, INHERITED_WEIGHTS);
        }
        Cause cause = chance.pick(ACQUIRED, ACQUIRED_WEIGHTS);
        if (cause == Cause.PREGNANCY && (sex != Sex.F || age < 16 || age > 45)) {
            return Cause.IDIOPATHIC;
        }
        return cause;
    }

    private static String causeDetail(Chance chance, Cause cause) {
        return switch (cause) {
            case DRUG -> chance.pick(DRUGS, 1, 1, 1, 1, 1, 1) + " in the 3 months before diagnosis";
            case TOXIN -> "occupational benzene exposure";
            case HEPATITIS -> "seronegative hepatitis " + chance.between(1, 6) + " months before the cytopenias";
            case VIRAL -> chance.pick(new String[] {"EBV", "parvovirus B19", "CMV"}, 0.5, 0.3, 0.2) + " infection";
            case IDIOPATHIC -> "worked up, no cause found";
            default -> null;
        };
    }

    /**
     * The marrow of aplastic anemia meets the Camitta criterion: cellularity below 25%, or 25–50% with fewer than
     * 30% residual hematopoietic cells (one in five here). A "not assessable" patient lacks the residual count.
     */
    private static Marrow marrow(Chance chance, TargetSeverity severity, LocalDate diagnosis) {
        LocalDate biopsy = diagnosis.minusDays(chance.between(0, 10));
        if (severity == TargetSeverity.NOT_ASSESSABLE) {
            return new Marrow(Math.round(chance.uniform(25, 50)), null, biopsy);
        }
        if (chance.chance(0.8)) {
            double upper = severity == TargetSeverity.VSAA ? 15 : 24;
            return new Marrow(Math.round(chance.uniform(2, upper)), null, biopsy);
        }
        return new Marrow(Math.round(chance.uniform(25, 50)), (double) Math.round(chance.uniform(5, 29)), biopsy);
    }

    /**
     * Counts that give the target category under the registry's default rule set (CAMITTA_60): VSAA and SAA meet
     * at least two severe criteria (ANC &lt; 0.5, platelets &lt; 20, reticulocytes &lt; 60 automated or &lt; 20
     * manual), VSAA with ANC &lt; 0.2; NSAA has ANC and platelet cytopenias but at most one severe criterion.
     */
    private static Baseline baseline(Chance chance, TargetSeverity severity, LocalDate diagnosis) {
        ReticulocyteMethod method = chance.chance(0.85) ? ReticulocyteMethod.AUTOMATED : ReticulocyteMethod.MANUAL;
        double cutoff = method == ReticulocyteMethod.AUTOMATED ? 60 : 20;
        double hb;
        double anc;
        double platelets;
        double retic;
        switch (severity) {
            case VSAA -> {
                anc = chance.uniform(0.0, 0.19);
                platelets = chance.uniform(2, 19);
                retic = chance.uniform(0.05, 0.9) * cutoff;
                hb = chance.uniform(52, 92);
            }
            case SAA, NOT_ASSESSABLE -> {
                anc = chance.uniform(0.2, 0.49);
                boolean lowPlatelets = chance.chance(0.8);
                platelets = lowPlatelets ? chance.uniform(3, 19) : chance.uniform(20, 45);
                retic = lowPlatelets && chance.chance(0.4)
                        ? chance.uniform(1.0, 1.6) * cutoff
                        : chance.uniform(0.1, 0.95) * cutoff;
                hb = chance.uniform(58, 98);
            }
            case NSAA -> {
                anc = chance.uniform(0.5, 1.45);
                platelets = chance.uniform(20, 49);
                retic = chance.uniform(0.5, 1.8) * cutoff;
                hb = chance.uniform(70, 112);
            }
            default -> { // hypocellular marrow with a single cytopenia
                anc = chance.uniform(1.6, 3.5);
                platelets = chance.uniform(22, 49);
                retic = chance.uniform(1.1, 2.0) * cutoff;
                hb = chance.uniform(102, 135);
            }
        }
        boolean severe = severity.severe() || severity == TargetSeverity.VSAA;
        return new Baseline(
                Math.round(hb),
                Chance.rounded(anc, 2).doubleValue(),
                Math.round(platelets),
                Math.round(Math.max(1, retic)),
                method,
                diagnosis.minusDays(chance.between(0, 7)),
                severity == TargetSeverity.VSAA && chance.chance(0.1),
                severe ? chance.chance(0.85) : chance.chance(0.25),
                severe ? chance.chance(0.75) : chance.chance(0.05));
    }

    private static String karyotype(Chance chance, Sex sex, boolean abnormal) {
        String base = sex == Sex.F ? "46,XX" : "46,XY";
        if (!abnormal) {
            return base + "[20]";
        }
        String change = chance.pick(ABNORMAL_KARYOTYPES, 0.45, 0.25, 0.2, 0.1);
        if (change.equals("-Y") && sex == Sex.F) {
            change = "+8";
        }
        int clone = chance.between(2, 8);
        String abnormalLine = change.equals("+8") ? "47," + base.substring(3) + ",+8" : base + "," + change;
        return abnormalLine + "[" + clone + "]/" + base + "[" + (20 - clone) + "]";
    }

    /** Screening is the rule in the young (BSH 2016: all under 40 with a breakage test) and rarer later. */
    private static Screen screen(Chance chance, Cause cause, int age) {
        boolean screened = cause.inherited() || chance.chance(age < 40 ? 0.8 : 0.15);
        if (!screened) {
            return null;
        }
        boolean fanconi = cause == Cause.IBMF_FANCONI;
        boolean telomere = cause == Cause.IBMF_TELOMERE;
        Double percentile = chance.chance(0.6)
                ? (double) Math.round(telomere ? chance.uniform(0, 1) : chance.uniform(5, 95))
                : null;
        boolean panel = cause.inherited() && !fanconi || chance.chance(0.35);
        String result = !panel
                ? null
                : switch (cause) {
                    case IBMF_TELOMERE -> "pathogenic variant in TERT";
                    case IBMF_SDS -> "biallelic SBDS variants";
                    case IBMF_GATA2 -> "pathogenic variant in GATA2";
                    case IBMF_OTHER -> "pathogenic variant in RUNX1";
                    default -> null;
                };
        return new Screen(
                fanconi ? "POSITIVE" : "NEGATIVE",
                percentile,
                panel ? (result != null ? "POSITIVE" : "NEGATIVE") : null,
                result);
    }
}
