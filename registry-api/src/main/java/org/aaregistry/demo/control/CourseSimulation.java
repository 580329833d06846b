package org.aaregistry.demo.control;

import java.time.LocalDate;
import org.aaregistry.demo.control.CountSeries.Status;
import org.aaregistry.outcome.entity.ClonalEvolution;
import org.aaregistry.outcome.entity.EventType;
import org.aaregistry.outcome.entity.ResponseCategory;
import org.aaregistry.outcome.entity.TimePoint;
import org.aaregistry.patient.entity.CauseOfDeath;
import org.aaregistry.treatment.entity.Intent;
import org.aaregistry.treatment.entity.Regimen;
import org.aaregistry.treatment.entity.StopReason;

/**
 * A patient's course from diagnosis to the data's as-of date, as a sequence of phases: immunosuppression (or
 * another drug line), supportive care, transplant, myeloid neoplasm. Each phase draws when it ends — death, loss
 * to follow-up, no response at 6 months, relapse, clonal evolution, the as-of date — writes its visits' counts
 * and events, and says what comes next.
 */
final class CourseSimulation {

    /** Months after a line's start at which counts are taken; yearly after the last. */
    private static final int[] VISIT_MONTHS = {1, 2, 3, 6, 9, 12, 24};
    /** Sites whose coordinators also record the 6-month response from the clinic letter. */
    private static final java.util.Set<String> RECORDING_SITES = java.util.Set.of("SITE-A", "SITE-B");

    /**
     * What follows a phase: a line of this regimen from this date, the open line stopping for this reason; or
     * nothing (the course has ended).
     */
    private record Next(Regimen regimen, LocalDate date, Intent intent, StopReason stopping) {
        static final Next END = new Next(null, null, null, null);
    }

    private final Chance chance;
    private final Course course;
    private final Presentation p;
    private final DemoSite site;
    private final LocalDate asOf;

    private CourseSimulation(Chance chance, Presentation p, DemoSite site, LocalDate asOf) {
        this.chance = chance;
        this.course = new Course(p);
        this.p = p;
        this.site = site;
        this.asOf = asOf;
    }

    static Course simulate(Chance chance, Presentation p, DemoSite site, LocalDate asOf) {
        CourseSimulation simulation = new CourseSimulation(chance, p, site, asOf);
        simulation.run();
        return simulation.course;
    }

    private void run() {
        Regimen first = TreatmentChoice.firstLine(chance, p, site);
        LocalDate dx = p.diagnosisDate();
        LocalDate start = dx.plusDays(
                first == Regimen.HSCT
                        ? chance.between(45, 130)
                        : chance.between(first == Regimen.SUPPORTIVE ? 1 : 5, 35));
        if (start.isAfter(dx.plusDays(20))) {
            // a count while the work-up or the donor search goes on
            LocalDate visit = dx.plusDays(chance.between(7, 20));
            if (visit.isBefore(asOf)) {
                course.counts.add(
                        CountSeries.count(chance, p, visit, p.severity().severe() ? Status.EARLY : Status.STABLE));
            }
        }
        Next next = new Next(first, start, Intent.FIRST_LINE, null);
        for (int phase = 0; next != Next.END && phase < 6; phase++) {
            if (!next.date().isBefore(asOf)) {
                break;
            }
            for (Course.Line open : course.lines) {
                if (open.end == null) {
                    open.stopBefore(next.date(), next.stopping());
                }
            }
            Course.Line line = next.regimen() == Regimen.HSCT
                    ? null
                    : course.startLine(next.regimen(), detail(next.regimen()), next.date(), next.intent());
            next = switch (next.regimen()) {
                case HSCT -> transplant(next.date(), next.intent());
                case SUPPORTIVE -> supportive(line);
                case OTHER -> myeloidNeoplasm(line.start);
                default -> immunosuppression(line, afterImmunosuppression());
            };
        }
    }

    /** Whether an earlier line was immunosuppression: the new one is then a second course. */
    private boolean afterImmunosuppression() {
        return course.lines.stream()
                .limit(course.lines.size() - 1L)
                .anyMatch(l -> l.regimen != Regimen.SUPPORTIVE && l.regimen != Regimen.HSCT);
    }

    private static String detail(Regimen regimen) {
        return regimen == Regimen.OTHER ? "azacitidine" : null;
    }

    private Next immunosuppression(Course.Line line, boolean salvage) {
        LocalDate s = line.start;
        int age = ageAt(s);
        ResponseStates states = ResponseStates.draw(chance, Calibration.profile(line.regimen, salvage));
        double early = Calibration.earlyDeath(p.severity())
                * (age >= 60 ? Calibration.EARLY_DEATH_OLD : 1)
                * (line.regimen == Regimen.RATG_CSA ? Calibration.EARLY_DEATH_RABBIT : 1)
                * (atg(line.regimen) ? 1 : 0.5);
        double background = Calibration.background(age);
        LocalDate sixMonths = s.plusMonths(6);
        LocalDate year = s.plusMonths(12);
        LocalDate death = Hazards.first(
                Hazards.within(chance, s, sixMonths, Hazards.rate(early, 0.5) + background),
                Hazards.first(
                        Hazards.within(
                                chance,
                                sixMonths,
                                year,
                                Calibration.deathRate(states.at6(), line.regimen) + background),
                        Hazards.within(
                                chance, year, asOf, Calibration.deathRate(states.at12(), line.regimen) + background)));
        LocalDate lost = Hazards.within(chance, s, asOf, Calibration.LOSS_TO_FOLLOW_UP);
        boolean responder = states.respondsAt6() || states.at12() != Status.NO_RESPONSE;
        LocalDate relapse = responder ? Hazards.within(chance, sixMonths, asOf, Calibration.RELAPSE) : null;
        LocalDate clonal = Hazards.within(chance, sixMonths, asOf, Calibration.clonalEvolution(age));
        LocalDate decision = null;
        Regimen salvageLine = null;
        if (!states.respondsAt6() && course.lines.size() < 4) {
            decision = sixMonths.plusDays(chance.between(0, 75));
            salvageLine = TreatmentChoice.salvage(chance, p, site, line.regimen, decision);
            if (salvageLine == null) {
                decision = null;
            }
        }
        LocalDate end = Hazards.first(Hazards.first(death, lost), Hazards.first(relapse, Hazards.first(clonal, asOf)));
        end = Hazards.first(end, decision);
        visits(line, states, end);
        clinicalPnh(s, end);
        if (line.intent == Intent.FIRST_LINE
                && RECORDING_SITES.contains(site.code())
                && end.isAfter(s.plusMonths(7))
                && chance.chance(0.25)) {
            recordSixMonthResponse(line, states.at6());
        }
        if (line.end == null && end.isAfter(s.plusMonths(15)) && responder) {
            LocalDate taperedOff = s.plusMonths(chance.between(12, 24));
            if (taperedOff.isBefore(end)) {
                line.end = taperedOff;
                line.stopReason = StopReason.COMPLETED;
            }
        }
        if (end.equals(death)) {
            stopLine(line, death, StopReason.DEATH);
            course.died(
                    death,
                    states.respondsAt6() ? Calibration.lateDeathCause(chance) : Calibration.aplasiaDeathCause(chance));
            return Next.END;
        }
        if (end.equals(lost)) {
            course.lost = lost;
            return Next.END;
        }
        if (end.equals(decision)) {
            return new Next(
                    salvageLine,
                    decision,
                    Intent.SALVAGE,
                    salvageLine == Regimen.HSCT ? StopReason.TRANSPLANT : StopReason.NO_RESPONSE);
        }
        if (end.equals(relapse)) {
            course.events.add(new Course.Event(EventType.RELAPSE, relapse, null));
            LocalDate retreatment = relapse.plusDays(chance.between(0, 30));
            return new Next(
                    TreatmentChoice.afterRelapse(chance, line.regimen, retreatment),
                    retreatment,
                    Intent.RETREATMENT,
                    StopReason.RELAPSE);
        }
        if (end.equals(clonal)) {
            return clonalEvolution(clonal, line);
        }
        return Next.END;
    }

    private Next clonalEvolution(LocalDate date, Course.Line line) {
        ClonalEvolution subtype = chance.pick(ClonalEvolution.values(), 0.40, 0.10, 0.25, 0.25);
        course.events.add(new Course.Event(EventType.CLONAL_EVOLUTION, date, subtype));
        if (subtype == ClonalEvolution.CYTOGENETIC_OTHER) {
            // +8, del(13q), del(20q): followed, not treated; the course goes on as a partial responder's
            return stable(date, Status.PARTIAL);
        }
        stopLine(line, date, StopReason.CLONAL_EVOLUTION);
        LocalDate next = date.plusDays(chance.between(30, 120));
        if (ageAt(date) < 60 && (p.sibling() || p.unrelated()) && chance.chance(0.6)) {
            return new Next(Regimen.HSCT, next, Intent.SALVAGE, StopReason.CLONAL_EVOLUTION);
        }
        return new Next(Regimen.OTHER, next, Intent.SALVAGE, StopReason.CLONAL_EVOLUTION);
    }

    /** MDS or AML without transplant: hypomethylating treatment, poor survival. */
    private Next myeloidNeoplasm(LocalDate from) {
        LocalDate death = Hazards.within(
                chance, from, asOf, Calibration.MYELOID_NEOPLASM_DEATH + Calibration.background(ageAt(from)));
        LocalDate lost = Hazards.within(chance, from, asOf, Calibration.LOSS_TO_FOLLOW_UP);
        LocalDate end = Hazards.first(Hazards.first(death, lost), asOf);
        for (LocalDate visit = from.plusMonths(1); visit.isBefore(end); visit = visit.plusMonths(3)) {
            course.counts.add(CountSeries.count(chance, p, visit, Status.NO_RESPONSE));
        }
        return ended(end, death, lost, CauseOfDeath.MDS_AML);
    }

    /** Watchful waiting: counts every 3 months in the first year, then every 6; some progress and are treated. */
    private Next supportive(Course.Line line) {
        return stable(line.start, Status.STABLE);
    }

    private Next stable(LocalDate from, Status status) {
        double background = Calibration.background(ageAt(from));
        LocalDate death = Hazards.within(chance, from, asOf, background + 0.004);
        LocalDate lost = Hazards.within(chance, from, asOf, Calibration.LOSS_TO_FOLLOW_UP);
        LocalDate progression = status == Status.STABLE && !p.inherited()
                ? Hazards.within(chance, from.plusMonths(3), asOf, 0.06)
                : null;
        LocalDate end = Hazards.first(Hazards.first(death, lost), Hazards.first(progression, asOf));
        int months = 3;
        for (LocalDate visit = from.plusMonths(3); visit.isBefore(end); visit = from.plusMonths(months)) {
            course.counts.add(CountSeries.count(chance, p, visit.plusDays(chance.between(-7, 7)), status));
            months += months < 12 ? 3 : 6;
        }
        clinicalPnh(from, end);
        if (end.equals(progression)) {
            // transfusion need or worse counts: treated as severe disease would be
            return new Next(
                    TreatmentChoice.immunosuppression(chance, p, site), progression, Intent.SALVAGE, StopReason.OTHER);
        }
        return ended(end, death, lost, CauseOfDeath.OTHER);
    }

    private Next transplant(LocalDate conditioning, Intent intent) {
        LocalDate day0 = conditioning.plusDays(7);
        if (!day0.isBefore(asOf)) {
            return Next.END;
        }
        Course.Line line = course.startLine(Regimen.HSCT, null, conditioning, intent);
        line.end = day0;
        line.stopReason = StopReason.COMPLETED;
        TransplantCourse.Outcome outcome =
                TransplantCourse.run(chance, course, day0, TreatmentChoice.donor(chance, p, day0), asOf);
        return switch (outcome.ending()) {
            case RETRANSPLANT -> {
                if (course.transplants.size() >= 2) {
                    course.died(outcome.date(), CauseOfDeath.GRAFT_FAILURE);
                    yield Next.END;
                }
                yield new Next(Regimen.HSCT, outcome.date().minusDays(7), Intent.SALVAGE, StopReason.OTHER);
            }
            default -> Next.END;
        };
    }

    private void visits(Course.Line line, ResponseStates states, LocalDate end) {
        for (int i = 0; ; i++) {
            int months = i < VISIT_MONTHS.length ? VISIT_MONTHS[i] : 12 * (i - VISIT_MONTHS.length + 3);
            LocalDate visit = line.start.plusMonths(months).plusDays(chance.between(-7, 7));
            if (!visit.isBefore(end)) {
                return;
            }
            if (!chance.chance(0.06)) { // else a missed visit
                course.counts.add(CountSeries.count(chance, p, visit, states.at(months)));
            }
        }
    }

    private void clinicalPnh(LocalDate from, LocalDate end) {
        if (p.pnhClonePercent() == null || course.hasEvent(EventType.PNH_CLINICAL)) {
            return;
        }
        double rate = p.pnhClonePercent() >= 10 ? Calibration.PNH_LARGE_CLONE : Calibration.PNH_SMALL_CLONE;
        LocalDate pnh = Hazards.within(chance, from, end, rate);
        if (pnh != null) {
            course.events.add(new Course.Event(EventType.PNH_CLINICAL, pnh, null));
        }
    }

    private void recordSixMonthResponse(Course.Line line, Status at6) {
        ResponseCategory category = switch (at6) {
            case COMPLETE -> ResponseCategory.CR;
            case PARTIAL -> ResponseCategory.PR;
            default -> ResponseCategory.NR;
        };
        if (chance.chance(0.12)) { // the letter's judgement differs from the counts' (a visible disagreement)
            category = category == ResponseCategory.NR
                    ? ResponseCategory.PR
                    : category == ResponseCategory.PR ? ResponseCategory.CR : ResponseCategory.PR;
        }
        course.recorded.add(new Course.Recorded(line, TimePoint.MONTH_6, category, "from the 6-month clinic letter"));
    }

    private Next ended(LocalDate end, LocalDate death, LocalDate lost, CauseOfDeath cause) {
        if (end.equals(death)) {
            course.lines.stream().filter(l -> l.end == null).forEach(l -> stopLine(l, death, StopReason.DEATH));
            course.died(death, cause);
        } else if (end.equals(lost)) {
            course.lost = lost;
        }
        return Next.END;
    }

    private static void stopLine(Course.Line line, LocalDate date, StopReason reason) {
        if (line.end == null) {
            line.end = date;
            line.stopReason = reason;
        }
    }

    private static boolean atg(Regimen regimen) {
        return regimen == Regimen.HATG_CSA
                || regimen == Regimen.HATG_CSA_EPAG
                || regimen == Regimen.RATG_CSA
                || regimen == Regimen.ALEMTUZUMAB;
    }

    private int ageAt(LocalDate date) {
        return p.age() + date.getYear() - p.diagnosisDate().getYear();
    }
}
