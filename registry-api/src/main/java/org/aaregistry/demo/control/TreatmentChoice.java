package org.aaregistry.demo.control;

import java.time.LocalDate;
import org.aaregistry.transplant.entity.DonorType;
import org.aaregistry.treatment.entity.Regimen;

/**
 * The first and later lines a network following the BSH guideline (Killick et al., Br J Haematol 2016) and the
 * trials of its era would choose: matched sibling transplant for young patients with severe disease and a
 * sibling; otherwise horse ATG + cyclosporine, with eltrombopag from 2018 (FDA approval for first line, after
 * Townsley 2017), rabbit ATG where horse ATG is not available; cyclosporine alone for the frail old and for
 * transfusion-independent non-severe disease; watchful supportive care for the rest.
 */
final class TreatmentChoice {

    /** First line of eltrombopag added to horse ATG + cyclosporine. */
    static final int ELTROMBOPAG_FROM = 2018;

    private TreatmentChoice() {}

    static Regimen firstLine(Chance chance, Presentation p, DemoSite site) {
        int year = p.diagnosisDate().getYear();
        if (p.inherited()) {
            return switch (p.cause()) {
                case IBMF_FANCONI, IBMF_GATA2 -> p.sibling() || p.unrelated() ? Regimen.HSCT : Regimen.ANDROGEN;
                case IBMF_TELOMERE -> chance.chance(0.6) ? Regimen.ANDROGEN : Regimen.SUPPORTIVE;
                default -> p.severity().severe() && (p.sibling() || p.unrelated()) ? Regimen.HSCT : Regimen.SUPPORTIVE;
            };
        }
        return switch (p.severity()) {
            case VSAA, SAA, NOT_ASSESSABLE -> {
                if (p.sibling() && p.age() < 40) {
                    yield Regimen.HSCT;
                }
                // upfront unrelated-donor transplant in children (Dufour et al., Br J Haematol 2015)
                if (site.paediatric() && p.unrelated() && year >= 2012 && chance.chance(0.3)) {
                    yield Regimen.HSCT;
                }
                if (p.age() >= 70 && chance.chance(0.35)) {
                    yield Regimen.CSA_ALONE;
                }
                yield immunosuppression(chance, p, site);
            }
            case NSAA ->
                p.baseline().rbcDependent()
                        ? (chance.chance(0.6) ? immunosuppression(chance, p, site) : Regimen.CSA_ALONE)
                        : (chance.chance(0.55) ? Regimen.SUPPORTIVE : Regimen.CSA_ALONE);
            case CRITERIA_NOT_MET -> Regimen.SUPPORTIVE;
        };
    }

    static Regimen immunosuppression(Chance chance, Presentation p, DemoSite site) {
        if (site.rabbitAtgCentre()) {
            return Regimen.RATG_CSA;
        }
        int year = p.diagnosisDate().getYear();
        return year >= ELTROMBOPAG_FROM && p.age() >= 12 && chance.chance(0.8)
                ? Regimen.HATG_CSA_EPAG
                : Regimen.HATG_CSA;
    }

    /** The donor of a transplant: the sibling if there is one, else what the search found. */
    static DonorType donor(Chance chance, Presentation p, LocalDate when) {
        if (p.sibling()) {
            return chance.chance(0.02) ? DonorType.SYNGENEIC : DonorType.MSD;
        }
        boolean haploEra = when.getYear() >= 2014; // post-transplant cyclophosphamide made haplo usable
        return chance.pick(
                new DonorType[] {DonorType.MUD, DonorType.MMUD, DonorType.HAPLO, DonorType.CORD, DonorType.MRD_OTHER},
                0.6,
                0.12,
                haploEra ? 0.2 : 0.02,
                haploEra ? 0.03 : 0.1,
                0.05);
    }

    /** After no response or relapse: a transplant for the young with a donor, else another line or none. */
    static Regimen salvage(Chance chance, Presentation p, DemoSite site, Regimen previous, LocalDate when) {
        int age = p.age() + (when.getYear() - p.diagnosisDate().getYear());
        if (age < 50 && (p.sibling() || p.unrelated()) && chance.chance(0.7)) {
            return Regimen.HSCT;
        }
        return switch (chance.pick(0.35, 0.35, 0.1, 0.2)) {
            case 0 -> previous == Regimen.RATG_CSA && !site.rabbitAtgCentre() ? Regimen.HATG_CSA : Regimen.RATG_CSA;
            case 1 -> when.getYear() >= 2013 ? Regimen.TPO_RA : Regimen.RATG_CSA;
            case 2 -> site.country() != null && site.country().equals("GB") ? Regimen.ALEMTUZUMAB : Regimen.CSA_ALONE;
            default -> null; // cyclosporine continued, no new line
        };
    }

    /** Re-treatment after relapse: cyclosporine again mostly, ATG again, or eltrombopag. */
    static Regimen afterRelapse(Chance chance, Regimen first, LocalDate when) {
        return switch (chance.pick(0.6, 0.25, 0.15)) {
            case 0 -> Regimen.CSA_ALONE;
            case 1 -> first == Regimen.RATG_CSA ? Regimen.RATG_CSA : Regimen.HATG_CSA;
            default -> when.getYear() >= 2013 ? Regimen.TPO_RA : Regimen.CSA_ALONE;
        };
    }
}
