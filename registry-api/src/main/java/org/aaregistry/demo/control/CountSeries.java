package org.aaregistry.demo.control;

import java.time.LocalDate;
import org.aaregistry.patient.entity.Sex;

/**
 * Blood counts that show a state of the disease, drawn so that the registry's response rules read the state back:
 * a complete response meets every NIH complete-response threshold (ANC ≥ 1.0, hemoglobin ≥ 100 g/L, platelets ≥
 * 100 ×10⁹/L), a partial response leaves the SAA blood criteria and stays short of complete, no response keeps
 * the severe counts or the transfusions. Now and then a value lands exactly on a threshold, as real ones do.
 */
final class CountSeries {

    /** What a count shows. */
    enum Status {
        /** severe counts, or for non-severe disease counts kept up by red cell transfusions */
        NO_RESPONSE,
        PARTIAL,
        COMPLETE,
        /** non-severe disease, untreated: the counts of diagnosis */
        STABLE,
        /** the first weeks after ATG: no recovery yet */
        EARLY,
        /** the first weeks after ATG of a patient who responds by 3 months: recovery under way */
        RECOVERING
    }

    private CountSeries() {}

    static Course.Count count(Chance chance, Presentation p, LocalDate date, Status status) {
        boolean severe = p.severity().severe();
        return switch (status) {
            case COMPLETE -> complete(chance, p, date);
            case PARTIAL -> partial(chance, date);
            case RECOVERING ->
                new Course.Count(
                        date,
                        chance.uniform(78, 98),
                        chance.uniform(0.45, 1.2),
                        chance.uniform(15, 60),
                        chance.uniform(30, 80),
                        chance.chance(0.3),
                        chance.chance(0.2),
                        false);
            case STABLE -> stable(chance, p, date);
            case EARLY -> severe ? noResponse(chance, date, true) : stable(chance, p, date);
            case NO_RESPONSE -> severe ? noResponse(chance, date, false) : transfusedNonSevere(chance, p, date);
        };
    }

    /** Severe counts: ANC below 0.5 and platelets below 20 ×10⁹/L; most were transfused. */
    static Course.Count noResponse(Chance chance, LocalDate date, boolean early) {
        return new Course.Count(
                date,
                chance.uniform(58, 86),
                chance.uniform(0.02, 0.48),
                chance.uniform(3, 19),
                chance.uniform(3, 40),
                chance.chance(0.7),
                chance.chance(0.45),
                early && chance.chance(0.04));
    }

    private static Course.Count stable(Chance chance, Presentation p, LocalDate date) {
        return new Course.Count(
                date,
                p.baseline().hemoglobin() + chance.normal(0, 6),
                Math.max(0.5, p.baseline().anc() + chance.normal(0, 0.12)),
                Math.max(20, p.baseline().platelets() + chance.normal(0, 5)),
                Math.max(5, p.baseline().reticulocytes() + chance.normal(0, 8)),
                p.baseline().rbcDependent() && chance.chance(0.7),
                false,
                false);
    }

    /** Non-severe disease without response: the counts of a cytopenic patient who still needs red cells. */
    private static Course.Count transfusedNonSevere(Chance chance, Presentation p, LocalDate date) {
        return new Course.Count(
                date,
                chance.uniform(68, 86),
                Math.max(0.5, p.baseline().anc() + chance.normal(0, 0.1)),
                Math.max(20, p.baseline().platelets() + chance.normal(0, 4)),
                chance.uniform(20, 70),
                true,
                false,
                false);
    }

    private static Course.Count partial(Chance chance, LocalDate date) {
        return new Course.Count(
                date,
                chance.uniform(84, 124),
                Math.max(0.55, chance.logNormal(1.2, 1.5)),
                chance.uniform(24, 97),
                chance.uniform(35, 95),
                false,
                false,
                false);
    }

    private static Course.Count complete(Chance chance, Presentation p, LocalDate date) {
        double hb = p.sex() == Sex.F ? chance.uniform(101, 142) : chance.uniform(104, 158);
        double anc = Math.max(1.02, chance.logNormal(2.3, 1.45));
        double platelets = chance.uniform(101, 290);
        switch (chance.pick(0.96, 0.02, 0.01, 0.01)) { // on a threshold: CR under NIH, not under RACE
            case 1 -> hb = 100;
            case 2 -> anc = 1.0;
            case 3 -> platelets = 100;
            default -> {}
        }
        return new Course.Count(date, hb, anc, platelets, chance.uniform(50, 120), false, false, false);
    }
}
