package org.aaregistry.demo.control;

import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.aaregistry.patient.entity.CauseOfDeath;
import org.aaregistry.patient.entity.Sex;
import org.aaregistry.transplant.entity.ChronicGvhd;
import org.aaregistry.transplant.entity.Conditioning;
import org.aaregistry.transplant.entity.ConditioningIntensity;
import org.aaregistry.transplant.entity.DonorType;
import org.aaregistry.transplant.entity.GraftFailure;
import org.aaregistry.transplant.entity.GraftSource;
import org.aaregistry.transplant.entity.GvhdProphylaxis;
import org.aaregistry.transplant.entity.Lineage;

/**
 * A transplant and the year after it: the graft, engraftment written into the post-transplant counts (the registry
 * derives the engraftment dates from them: 3 consecutive ANC ≥ 0.5 after the nadir, 3 platelet counts ≥ 20 without
 * transfusion), graft failure, acute and chronic GVHD, chimerism, transplant-related death. Distributions: {@code
 * docs/demo-cohort.md} ("Transplant").
 */
final class TransplantCourse {

    /** Days after the transplant on which counts are taken; yearly after day 365. */
    private static final int[] COUNT_DAYS = {3, 7, 10, 14, 17, 21, 24, 28, 35, 42, 60, 100, 180, 270, 365};

    enum Ending {
        DIED,
        LOST,
        /** the data's as-of date came first */
        FOLLOWED,
        /** the graft failed: a second transplant on {@link Outcome#date()} */
        RETRANSPLANT
    }

    record Outcome(Ending ending, LocalDate date) {}

    record Chimerism(LocalDate date, Lineage lineage, double donorPercent) {}

    /** What the transplant form records, as known at the end of follow-up. */
    record Record(
            LocalDate day0,
            DonorType donor,
            String hlaMatch,
            GraftSource source,
            Conditioning conditioning,
            ConditioningIntensity intensity,
            GvhdProphylaxis prophylaxis,
            GraftFailure failure,
            LocalDate failureDate,
            int acuteGrade,
            LocalDate acuteOnset,
            ChronicGvhd chronic,
            LocalDate chronicOnset,
            List<Chimerism> chimerism) {

        /** The bodies; what happened after the last contact or death is not known yet, so it is not sent. */
        DemoCourse.Transplant requests(LocalDate lastKnown) {
            JsonObjectBuilder body = Bodies.object()
                    .add("transplantDate", day0.toString())
                    .add("donorType", donor.name())
                    .add("hlaMatch", hlaMatch)
                    .add("graftSource", source.name())
                    .add("conditioning", conditioning.name())
                    .add("conditioningIntensity", intensity.name())
                    .add("gvhdProphylaxis", prophylaxis.name());
            if (failureDate != null && !failureDate.isAfter(lastKnown)) {
                body.add("graftFailure", failure.name()).add("graftFailureDate", failureDate.toString());
            } else if (!day0.plusDays(28).isAfter(lastKnown)) {
                body.add("graftFailure", GraftFailure.NONE.name());
            }
            if (acuteGrade > 0 && !acuteOnset.isAfter(lastKnown)) {
                body.add("acuteGvhdGrade", acuteGrade).add("acuteGvhdOnset", acuteOnset.toString());
            } else if (!day0.plusDays(100).isAfter(lastKnown)) {
                body.add("acuteGvhdGrade", 0);
            }
            if (chronic != ChronicGvhd.NONE && !chronicOnset.isAfter(lastKnown)) {
                body.add("chronicGvhd", chronic.name()).add("chronicGvhdOnset", chronicOnset.toString());
            } else if (!day0.plusDays(365).isAfter(lastKnown)) {
                body.add("chronicGvhd", ChronicGvhd.NONE.name());
            }
            List<JsonObject> results = chimerism.stream()
                    .filter(c -> !c.date().isAfter(lastKnown))
                    .map(c -> Bodies.object()
                            .add("sampleDate", c.date().toString())
                            .add("lineage", c.lineage().name())
                            .add("donorPercent", Chance.rounded(c.donorPercent(), 0))
                            .build())
                    .toList();
            return new DemoCourse.Transplant(body.build(), results);
        }
    }

    private TransplantCourse() {}

    /**
     * The transplant on {@code day0} and what follows until death, loss, the as-of date or a second transplant.
     */
    static Outcome run(Chance chance, Course course, LocalDate day0, DonorType donor, LocalDate asOf) {
        Presentation p = course.presentation;
        int age = p.age() + (day0.getYear() - p.diagnosisDate().getYear());
        GraftSource source = source(chance, donor, age);
        Conditioning conditioning = conditioning(chance, donor, age);
        int neutrophilDay = (int) Math.round(
                switch (source) {
                    case PBSC -> chance.normal(14, 3, 9, 28);
                    case CORD -> chance.normal(25, 6, 15, 45);
                    default -> chance.normal(19, 4, 11, 35);
                });
        int plateletDay =
                neutrophilDay + (int) Math.round(chance.normal(source == GraftSource.CORD ? 18 : 7, 5, 1, 60));
        double primaryFailure = donor == DonorType.CORD ? 0.12 : donor == DonorType.HAPLO ? 0.07 : 0.03;
        boolean primary = chance.chance(primaryFailure);
        boolean secondary = !primary && chance.chance(0.04);
        LocalDate secondaryDate = day0.plusDays(chance.between(90, 300));
        int acuteGrade = acuteGrade(chance, donor, source);
        LocalDate acuteOnset = day0.plusDays(chance.between(14, 70));
        ChronicGvhd chronic = chronic(chance, donor, source);
        LocalDate chronicOnset = day0.plusDays(chance.between(100, 400));

        double trm = Calibration.transplantDeath(donor)
                        * Calibration.transplantAge(age)
                        * (source == GraftSource.PBSC ? Calibration.PERIPHERAL_BLOOD : 1)
                + (acuteGrade >= 3 ? 0.35 : 0)
                + (primary ? 0.3 : 0);
        LocalDate transplantDeath = chance.chance(Math.min(0.9, trm))
                ? day0.plusDays(Math.min(364, 8 + Math.round(chance.exponential(1.0 / 80))))
                : null;
        double lateRate = 0.008 + Calibration.background(age) + (chronic == ChronicGvhd.SEVERE ? 0.05 : 0);
        LocalDate lateDeath = Hazards.within(chance, day0.plusDays(365), asOf, lateRate);
        LocalDate lost = Hazards.within(chance, day0, asOf, Calibration.LOSS_TO_FOLLOW_UP);
        GraftFailure failure = primary ? GraftFailure.PRIMARY : secondary ? GraftFailure.SECONDARY : GraftFailure.NONE;
        // primary graft failure: no neutrophil engraftment by day +28, +42 after cord blood (EBMT Handbook)
        LocalDate failureDate =
                primary ? day0.plusDays(source == GraftSource.CORD ? 42 : 28) : secondary ? secondaryDate : null;
        LocalDate retransplant = failureDate != null && chance.chance(primary ? 0.6 : 0.5)
                ? failureDate.plusDays(chance.between(7, 60))
                : null;
        LocalDate death = Hazards.first(transplantDeath, lateDeath);
        LocalDate end = Hazards.first(Hazards.first(death, lost), Hazards.first(retransplant, asOf));

        List<Chimerism> chimerism = chimerism(chance, day0, primary, secondary ? secondaryDate : null);
        course.transplants.add(new Record(
                day0,
                donor,
                hlaMatch(chance, donor),
                source,
                conditioning,
                intensity(conditioning),
                prophylaxis(chance, donor),
                failure,
                failureDate,
                acuteGrade,
                acuteOnset,
                chronic,
                chronicOnset,
                chimerism));
        counts(chance, course, day0, end, neutrophilDay, plateletDay, primary, secondary ? secondaryDate : null);

        if (end.equals(death)) {
            course.died(
                    death,
                    causeOfDeath(chance, acuteGrade, chronic, primary || secondary && !death.isBefore(secondaryDate)));
            return new Outcome(Ending.DIED, death);
        }
        if (end.equals(lost)) {
            course.lost = lost;
            return new Outcome(Ending.LOST, lost);
        }
        if (end.equals(retransplant)) {
            return new Outcome(Ending.RETRANSPLANT, retransplant);
        }
        return new Outcome(Ending.FOLLOWED, asOf);
    }

    private static void counts(
            Chance chance,
            Course course,
            LocalDate day0,
            LocalDate end,
            int neutrophilDay,
            int plateletDay,
            boolean primaryFailure,
            LocalDate secondaryFailure) {
        boolean female = course.presentation.sex() == Sex.F;
        for (int i = 0; ; i++) {
            int day = i < COUNT_DAYS.length ? COUNT_DAYS[i] : 365 * (i - COUNT_DAYS.length + 2);
            LocalDate date = day0.plusDays(day + (day > 60 ? chance.between(-5, 5) : 0));
            if (!date.isBefore(end)) {
                return;
            }
            if (day > 60 && chance.chance(0.05)) {
                continue; // a missed visit
            }
            boolean failed = primaryFailure || secondaryFailure != null && !date.isBefore(secondaryFailure);
            if (failed) {
                course.counts.add(CountSeries.noResponse(chance, date, false));
                continue;
            }
            // recovery after engraftment, then a plateau of each patient's own normal values
            double anc = day < neutrophilDay
                    ? chance.uniform(0.01, 0.35)
                    : Math.min(chance.uniform(1.8, 5.2), 0.55 + (day - neutrophilDay) * 0.07 + chance.uniform(0, 0.6));
            boolean plateletsGiven = day < plateletDay;
            double platelets = plateletsGiven
                    ? chance.uniform(4, 19)
                    : Math.min(chance.uniform(150, 330), 21 + (day - plateletDay) * 2.5 + chance.uniform(0, 25));
            double hb = day < 60
                    ? chance.uniform(72, 96)
                    : Math.min(
                            female ? chance.uniform(118, 145) : chance.uniform(128, 158),
                            95 + day * 0.15 + chance.uniform(0, 20));
            course.counts.add(new Course.Count(
                    date, hb, anc, platelets, null, day < 45 && chance.chance(0.6), plateletsGiven, false));
        }
    }

    private static List<Chimerism> chimerism(
            Chance chance, LocalDate day0, boolean primaryFailure, LocalDate secondaryFailure) {
        List<Chimerism> results = new ArrayList<>();
        if (primaryFailure) {
            results.add(new Chimerism(day0.plusDays(28), Lineage.WHOLE_BLOOD, chance.uniform(0, 4)));
            return results;
        }
        double level = chance.pick(0.75, 0.2, 0.05) == 0 ? chance.uniform(96, 100) : chance.uniform(35, 94);
        results.add(new Chimerism(day0.plusDays(30), Lineage.WHOLE_BLOOD, level));
        results.add(new Chimerism(day0.plusDays(100), Lineage.T_CELL, Math.max(5, level - chance.uniform(0, 20))));
        results.add(new Chimerism(day0.plusDays(100), Lineage.MYELOID, Math.min(100, level + chance.uniform(0, 3))));
        LocalDate year = day0.plusDays(365);
        boolean lost = secondaryFailure != null && secondaryFailure.isBefore(year);
        results.add(new Chimerism(year, Lineage.WHOLE_BLOOD, lost ? chance.uniform(0, 4) : level));
        return results;
    }

    /** Bone marrow is preferred after matched sibling donors in aplastic anemia (EBMT; BSH 2016). */
    private static GraftSource source(Chance chance, DonorType donor, int age) {
        return switch (donor) {
            case CORD -> GraftSource.CORD;
            case MSD, SYNGENEIC, MRD_OTHER -> chance.chance(age < 20 ? 0.85 : 0.7) ? GraftSource.BM : GraftSource.PBSC;
            case HAPLO -> chance.chance(0.7) ? GraftSource.BM : GraftSource.PBSC;
            default -> chance.chance(0.55) ? GraftSource.BM : GraftSource.PBSC;
        };
    }

    private static Conditioning conditioning(Chance chance, DonorType donor, int age) {
        return switch (donor) {
            case MSD, SYNGENEIC, MRD_OTHER -> age < 30 ? Conditioning.CY_ATG : Conditioning.FLU_CY_ATG;
            case HAPLO -> Conditioning.PTCY_HAPLO;
            case CORD -> Conditioning.FLU_CY_ATG_TBI;
            default ->
                chance.pick(
                        new Conditioning[] {
                            Conditioning.FLU_CY_ATG_TBI, Conditioning.FLU_CY_ALEMTUZUMAB, Conditioning.FLU_CY_ATG
                        },
                        0.6,
                        0.2,
                        0.2);
        };
    }

    /** Assigned as the demo records it; centres classify these immunoablative regimens differently. */
    private static ConditioningIntensity intensity(Conditioning conditioning) {
        return switch (conditioning) {
            case FLU_CY_ATG_TBI, PTCY_HAPLO -> ConditioningIntensity.NMA;
            default -> ConditioningIntensity.RIC;
        };
    }

    private static GvhdProphylaxis prophylaxis(Chance chance, DonorType donor) {
        if (donor == DonorType.HAPLO) {
            return GvhdProphylaxis.PTCY_TAC_MMF;
        }
        return chance.pick(
                new GvhdProphylaxis[] {GvhdProphylaxis.CSA_MTX, GvhdProphylaxis.CSA_MMF, GvhdProphylaxis.TAC_MTX},
                0.75,
                0.15,
                0.10);
    }

    private static String hlaMatch(Chance chance, DonorType donor) {
        return switch (donor) {
            case MMUD -> "9/10";
            case HAPLO -> chance.between(5, 7) + "/10";
            case CORD -> chance.between(4, 6) + "/6";
            default -> "10/10";
        };
    }

    private static int acuteGrade(Chance chance, DonorType donor, GraftSource source) {
        double worse = (source == GraftSource.PBSC ? 1.6 : 1) * (donor == DonorType.MSD ? 1 : 1.7);
        double ii = 0.08 * worse;
        double iiiIv = 0.05 * worse;
        return chance.pick(1 - 0.12 - ii - iiiIv, 0.12, ii, iiiIv * 0.6, iiiIv * 0.4);
    }

    private static ChronicGvhd chronic(Chance chance, DonorType donor, GraftSource source) {
        double worse = (source == GraftSource.PBSC ? 2 : 1) * (donor == DonorType.MSD ? 1 : 1.4);
        return chance.pick(ChronicGvhd.values(), 1 - 0.15 * worse, 0.08 * worse, 0.05 * worse, 0.02 * worse);
    }

    private static CauseOfDeath causeOfDeath(Chance chance, int acuteGrade, ChronicGvhd chronic, boolean graftFailed) {
        if (graftFailed) {
            return CauseOfDeath.GRAFT_FAILURE;
        }
        if ((acuteGrade >= 3 || chronic == ChronicGvhd.SEVERE) && chance.chance(0.6)) {
            return CauseOfDeath.GVHD;
        }
        return chance.pick(
                new CauseOfDeath[] {CauseOfDeath.INFECTION, CauseOfDeath.OTHER, CauseOfDeath.UNKNOWN}, 0.55, 0.3, 0.15);
    }
}
