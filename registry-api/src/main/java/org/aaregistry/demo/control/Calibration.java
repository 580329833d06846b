package org.aaregistry.demo.control;

import org.aaregistry.patient.entity.CauseOfDeath;
import org.aaregistry.treatment.entity.Regimen;

/**
 * The figures the demo cohort is calibrated to, and the model parameters tuned to reach them. A published figure
 * names its source; everything else is an assumption, said so here and in {@code docs/demo-cohort.md}. The test
 * {@code DemoCohortIT} reads the registry's own reports of a generated cohort and checks the published figures
 * within stated tolerances.
 */
final class Calibration {

    private Calibration() {}

    /**
     * Overall (CR + PR) and complete response at 3, 6 and 12 months, as the registry derives them under the NIH
     * rules among evaluable patients.
     */
    record ResponseProfile(double orr3, double cr3, double orr6, double cr6, double orr12, double cr12) {}

    /**
     * Horse ATG + cyclosporine. 6 months: overall response 68% (Scheinberg et al., N Engl J Med 2011;365:430).
     * 3 months: complete response 10% (RACE control arm, Peffault de Latour et al., N Engl J Med 2022;386:11).
     * The other figures are assumptions between those trials.
     */
    static final ResponseProfile HORSE_ATG = new ResponseProfile(0.50, 0.10, 0.68, 0.20, 0.72, 0.30);

    /**
     * Horse ATG + cyclosporine + eltrombopag. 6 months: overall 87%, complete 39% (Townsley et al., N Engl J Med
     * 2017;376:1540, all cohorts). 3 months: complete 22% (RACE eltrombopag arm, 2022). 12 months: assumption.
     */
    static final ResponseProfile HORSE_ATG_ELTROMBOPAG = new ResponseProfile(0.74, 0.22, 0.87, 0.39, 0.86, 0.50);

    /** Rabbit ATG + cyclosporine. 6 months: overall 37% (Scheinberg et al. 2011). The rest: assumptions. */
    static final ResponseProfile RABBIT_ATG = new ResponseProfile(0.20, 0.03, 0.37, 0.08, 0.45, 0.15);

    /** Eltrombopag in refractory SAA: about 40% by 3–4 months (Olnes et al., N Engl J Med 2012;367:11). */
    static final ResponseProfile ELTROMBOPAG_SALVAGE = new ResponseProfile(0.35, 0.02, 0.42, 0.05, 0.45, 0.10);

    /** Cyclosporine alone (mostly non-severe disease, and relapse re-treatment): assumption. */
    static final ResponseProfile CYCLOSPORINE = new ResponseProfile(0.30, 0.05, 0.45, 0.10, 0.50, 0.15);

    /** Androgens (danazol) in telomere disease: assumption, of the order of Townsley et al. 2016. */
    static final ResponseProfile ANDROGEN = new ResponseProfile(0.30, 0.05, 0.55, 0.10, 0.60, 0.20);

    /** Alemtuzumab as salvage: assumption. */
    static final ResponseProfile ALEMTUZUMAB = new ResponseProfile(0.25, 0.03, 0.38, 0.06, 0.42, 0.10);

    /** A second course of ATG after no response to the first: assumption (about a third respond). */
    static final ResponseProfile SECOND_ATG = new ResponseProfile(0.20, 0.03, 0.33, 0.06, 0.38, 0.10);

    static ResponseProfile profile(Regimen regimen, boolean salvage) {
        return switch (regimen) {
            case HATG_CSA -> salvage ? SECOND_ATG : HORSE_ATG;
            case HATG_CSA_EPAG -> HORSE_ATG_ELTROMBOPAG;
            case RATG_CSA -> salvage ? SECOND_ATG : RABBIT_ATG;
            case TPO_RA -> ELTROMBOPAG_SALVAGE;
            case ANDROGEN -> ANDROGEN;
            case ALEMTUZUMAB -> ALEMTUZUMAB;
            default -> CYCLOSPORINE;
        };
    }

    // --- survival after immunosuppression (per year unless said otherwise) ------------------------------------

    /**
     * Probability of dying in the first six months of immunosuppression, by severity at diagnosis (infection and
     * bleeding before recovery). Tuned so that 3-year survival under 60 comes near Scheinberg et al. 2011.
     */
    static double earlyDeath(Presentation.TargetSeverity severity) {
        return switch (severity) {
            case VSAA -> 0.012;
            case SAA, NOT_ASSESSABLE -> 0.005;
            default -> 0.002;
        };
    }

    /** Multiplier of early death at 60 or older (tuned; older patients tolerate ATG and neutropenia worse). */
    static final double EARLY_DEATH_OLD = 3.0;

    /**
     * Multipliers of early death and of death without response after rabbit ATG. The survival gap of Scheinberg et
     * al. 2011 (3 years, censored at transplant: 96% horse, 76% rabbit) is wider than the response gap alone
     * explains (rabbit ATG depletes lymphocytes deeper and longer); these two factors reproduce it. They are
     * calibration knobs, not a causal claim.
     */
    static final double EARLY_DEATH_RABBIT = 14.0;

    static final double NO_RESPONSE_DEATH_RABBIT = 9.0;

    /** Annual hazard of death of a patient still without response (tuned). */
    static final double NO_RESPONSE_DEATH = 0.03;
    /** ... of a partial responder (tuned). */
    static final double PARTIAL_RESPONSE_DEATH = 0.004;
    /** ... of a complete responder (tuned). */
    static final double COMPLETE_RESPONSE_DEATH = 0.002;
    /** ... after MDS, AML or high-risk cytogenetics (assumption). */
    static final double MYELOID_NEOPLASM_DEATH = 0.30;

    /** The annual hazard of death by what the counts show after a line of this regimen. */
    static double deathRate(CountSeries.Status status, Regimen regimen) {
        return switch (status) {
            case COMPLETE -> COMPLETE_RESPONSE_DEATH;
            case PARTIAL -> PARTIAL_RESPONSE_DEATH;
            default -> NO_RESPONSE_DEATH * (regimen == Regimen.RATG_CSA ? NO_RESPONSE_DEATH_RABBIT : 1);
        };
    }

    /** Causes of death while the marrow has not recovered (assumption). */
    static CauseOfDeath aplasiaDeathCause(Chance chance) {
        return chance.pick(
                new CauseOfDeath[] {
                    CauseOfDeath.INFECTION,
                    CauseOfDeath.BLEEDING,
                    CauseOfDeath.AA_RELATED,
                    CauseOfDeath.OTHER,
                    CauseOfDeath.UNKNOWN
                },
                0.45,
                0.2,
                0.25,
                0.05,
                0.05);
    }

    /** Causes of death of a responder, mostly unrelated to the marrow (assumption). */
    static CauseOfDeath lateDeathCause(Chance chance) {
        return chance.pick(
                new CauseOfDeath[] {
                    CauseOfDeath.OTHER, CauseOfDeath.OTHER_MALIGNANCY, CauseOfDeath.INFECTION, CauseOfDeath.UNKNOWN
                },
                0.5,
                0.15,
                0.1,
                0.25);
    }

    /** Annual hazard of relapse of a responder after 6 months (about a third by 10 years; Scheinberg 2011). */
    static final double RELAPSE = 0.045;

    /**
     * Annual hazard of clonal evolution after immunosuppression by age (under 40, 40–59, 60 or older): about 10% by
     * 10 years overall (Scheinberg 2011; Townsley 2017), more in the old.
     */
    static double clonalEvolution(int age) {
        return age < 40 ? 0.006 : age < 60 ? 0.011 : 0.02;
    }

    /** Annual hazard of clinical PNH with a clone of 10% or more, and with a smaller clone (assumption). */
    static final double PNH_LARGE_CLONE = 0.05;

    static final double PNH_SMALL_CLONE = 0.006;

    /** Annual hazard of loss to follow-up (assumption: about 14% of the alive by 10 years). */
    static final double LOSS_TO_FOLLOW_UP = 0.015;

    /** Background mortality per year by age, of the order of European life tables. */
    static double background(int age) {
        return age < 40 ? 0.001 : age < 60 ? 0.004 : age < 70 ? 0.012 : age < 80 ? 0.035 : 0.09;
    }

    // --- transplant --------------------------------------------------------------------------------------------

    /**
     * Probability of transplant-related death in the first year, by donor; multiplied by age and graft below.
     * Tuned so that 3-year survival after matched sibling marrow under 20 comes near 90% (EBMT: data dictionary,
     * "Published figures").
     */
    static double transplantDeath(org.aaregistry.transplant.entity.DonorType donor) {
        return switch (donor) {
            case MSD, SYNGENEIC -> 0.06;
            case MRD_OTHER, MUD -> 0.12;
            case MMUD, HAPLO -> 0.17;
            case CORD -> 0.25;
        };
    }

    /** Multiplier of transplant-related death by age: under 20, 20–39, 40 or older (EBMT: worse with age). */
    static double transplantAge(int age) {
        return age < 20 ? 1.0 : age < 40 ? 1.6 : 2.6;
    }

    /** Multiplier of transplant-related death with peripheral blood grafts (more chronic GVHD; EBMT). */
    static final double PERIPHERAL_BLOOD = 1.4;
}
