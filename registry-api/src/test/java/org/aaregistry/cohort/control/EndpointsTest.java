package org.aaregistry.cohort.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.EnumSet;
import org.aaregistry.cohort.entity.EfsEvent;
import org.aaregistry.cohort.entity.Endpoint;
import org.aaregistry.cohort.entity.GroupBy;
import org.aaregistry.cohort.entity.IncidenceEvent;
import org.aaregistry.cohort.entity.Origin;
import org.aaregistry.patient.entity.Cause;
import org.aaregistry.transplant.entity.ChronicGvhd;
import org.aaregistry.treatment.entity.Regimen;
import org.junit.jupiter.api.Test;

class EndpointsTest {

    private static final LocalDate CUT_OFF = LocalDate.of(2026, 1, 1);

    /** One patient diagnosed 2024-01-01, alive at the last contact 2025-01-01, unless a test says otherwise. */
    private static Cohort patient(java.util.function.Consumer<Cohort> course) {
        Cohort c = new Cohort(EnumSet.allOf(Cohort.Part.class), (int) CUT_OFF.toEpochDay());
        int i = c.add();
        c.birthYear[i] = 1980;
        c.diagnosis[i] = day("2024-01-01");
        c.lastContact[i] = day("2025-01-01");
        course.accept(c);
        return c;
    }

    private static int day(String date) {
        return (int) LocalDate.parse(date).toEpochDay();
    }

    @Test
    void overallSurvivalCensorsTheLivingAtTheLastContact() {
        Outcomes os =
                Endpoints.survival(patient(c -> {}), Endpoint.OS, Origin.DIAGNOSIS, EnumSet.allOf(EfsEvent.class));
        assertThat(os.time()[0]).isEqualTo(366);
        assertThat(os.status()[0]).isZero();
    }

    @Test
    void deathIsTheEventAndFollowUpEndsAtTheCutOff() {
        Cohort died = patient(c -> c.death[0] = day("2024-07-01"));
        assertThat(Endpoints.survival(died, Endpoint.OS, Origin.DIAGNOSIS, EnumSet.allOf(EfsEvent.class))
                        .status()[0])
                .isEqualTo(1);
        Cohort diedAfterCutOff = patient(c -> {
            c.lastContact[0] = day("2026-06-01");
            c.death[0] = day("2026-06-01");
        });
        Outcomes os = Endpoints.survival(diedAfterCutOff, Endpoint.OS, Origin.DIAGNOSIS, EnumSet.allOf(EfsEvent.class));
        assertThat(os.status()[0])
                .as("a death after the cut-off is not counted")
                .isZero();
        assertThat(os.time()[0]).isEqualTo(CUT_OFF.toEpochDay() - day("2024-01-01"));
    }

    @Test
    void transplantCensoredSurvivalStopsAtTheTransplant() {
        Cohort transplanted = patient(c -> {
            c.transplant[0] = day("2024-06-01");
            c.death[0] = day("2024-09-01");
        });
        Outcomes censored = Endpoints.survival(
                transplanted, Endpoint.OS_TRANSPLANT_CENSORED, Origin.DIAGNOSIS, EnumSet.allOf(EfsEvent.class));
        assertThat(censored.status()[0]).isZero();
        assertThat(censored.time()[0]).isEqualTo(day("2024-06-01") - day("2024-01-01"));
    }

    @Test
    void eventFreeSurvivalCountsNoResponseAtSixMonthsAtTheSixMonthPoint() {
        Cohort nonResponder = patient(c -> {
            c.firstLineStart[0] = day("2024-01-10");
            c.firstLineRegimen[0] = (byte) Regimen.HATG_CSA.ordinal();
            c.response[1][0] = Cohort.NR;
            c.relapse[0] = day("2024-12-01");
        });
        Outcomes efs =
                Endpoints.survival(nonResponder, Endpoint.EFS, Origin.FIRST_LINE_START, EnumSet.allOf(EfsEvent.class));
        assertThat(efs.status()[0]).isEqualTo(1);
        assertThat(efs.time()[0]).isEqualTo(day("2024-07-10") - day("2024-01-10"));
        Outcomes narrowed = Endpoints.survival(
                nonResponder, Endpoint.EFS, Origin.FIRST_LINE_START, EnumSet.of(EfsEvent.DEATH, EfsEvent.RELAPSE));
        assertThat(narrowed.time()[0]).isEqualTo(day("2024-12-01") - day("2024-01-10"));
    }

    @Test
    void patientsWithoutTheOriginAreExcluded() {
        Outcomes fromTransplant =
                Endpoints.survival(patient(c -> {}), Endpoint.OS, Origin.TRANSPLANT, EnumSet.allOf(EfsEvent.class));
        assertThat(fromTransplant.size()).isZero();
        assertThat(fromTransplant.excluded()).isEqualTo(1);
    }

    @Test
    void severeAcuteGvhdWithoutItsOnsetIsNotGuessed() {
        Cohort unknownOnset = patient(c -> {
            c.transplant[0] = day("2024-03-01");
            c.acuteGvhdGrade[0] = 3;
        });
        Outcomes grfs =
                Endpoints.survival(unknownOnset, Endpoint.GRFS, Origin.TRANSPLANT, EnumSet.allOf(EfsEvent.class));
        assertThat(grfs.excluded()).isEqualTo(1);
        Cohort chronic = patient(c -> {
            c.transplant[0] = day("2024-03-01");
            c.acuteGvhdGrade[0] = 2;
            c.chronicGvhd[0] = (byte) ChronicGvhd.MODERATE.ordinal();
            c.chronicGvhdOnset[0] = day("2024-10-01");
        });
        Outcomes moderate =
                Endpoints.survival(chronic, Endpoint.GRFS, Origin.TRANSPLANT, EnumSet.allOf(EfsEvent.class));
        assertThat(moderate.status()[0])
                .as("grade II acute GVHD is not a GRFS event; moderate chronic is")
                .isEqualTo(1);
        assertThat(moderate.time()[0]).isEqualTo(day("2024-10-01") - day("2024-03-01"));
    }

    @Test
    void grfsAppliesOnlyToTransplantedAndEfsOnlyToTreatedPatientsWhateverTheOrigin() {
        Outcomes grfs =
                Endpoints.survival(patient(c -> {}), Endpoint.GRFS, Origin.DIAGNOSIS, EnumSet.allOf(EfsEvent.class));
        assertThat(grfs.size()).isZero();
        assertThat(grfs.excluded()).isEqualTo(1);
        Outcomes efs =
                Endpoints.survival(patient(c -> {}), Endpoint.EFS, Origin.DIAGNOSIS, EnumSet.allOf(EfsEvent.class));
        assertThat(efs.size())
                .as("never treated: no event-free survival after immunosuppression")
                .isZero();
        Outcomes transplantedLater = Endpoints.survival(
                patient(c -> c.transplant[0] = day("2025-06-01")),
                Endpoint.GRFS,
                Origin.DIAGNOSIS,
                EnumSet.allOf(EfsEvent.class));
        assertThat(transplantedLater.size())
                .as("a transplant after the end of follow-up is none")
                .isZero();
        Outcomes treated = Endpoints.survival(
                patient(c -> c.firstLineStart[0] = day("2024-01-10")),
                Endpoint.EFS,
                Origin.DIAGNOSIS,
                EnumSet.allOf(EfsEvent.class));
        assertThat(treated.size()).isEqualTo(1);
        assertThat(treated.time()[0]).isEqualTo(366);
    }

    @Test
    void theNaturalOriginOfEachEndpoint() {
        assertThat(Endpoint.OS.naturalOrigin()).isEqualTo(Origin.DIAGNOSIS);
        assertThat(Endpoint.OS_TRANSPLANT_CENSORED.naturalOrigin()).isEqualTo(Origin.DIAGNOSIS);
        assertThat(Endpoint.EFS.naturalOrigin()).isEqualTo(Origin.FIRST_LINE_START);
        assertThat(Endpoint.GRFS.naturalOrigin()).isEqualTo(Origin.TRANSPLANT);
    }

    @Test
    void graftFailureOrDeathFirstEndsGrfs() {
        Cohort failed = patient(c -> {
            c.transplant[0] = day("2024-03-01");
            c.graftFailure[0] = (byte) org.aaregistry.transplant.entity.GraftFailure.SECONDARY.ordinal();
            c.graftFailureDate[0] = day("2024-06-01");
            c.death[0] = day("2024-08-01");
        });
        Outcomes grfs = Endpoints.survival(failed, Endpoint.GRFS, Origin.TRANSPLANT, EnumSet.allOf(EfsEvent.class));
        assertThat(grfs.status()[0]).isEqualTo(1);
        assertThat(grfs.time()[0]).isEqualTo(day("2024-06-01") - day("2024-03-01"));
        Cohort died = patient(c -> {
            c.transplant[0] = day("2024-03-01");
            c.death[0] = day("2024-04-01");
        });
        assertThat(Endpoints.survival(died, Endpoint.GRFS, Origin.TRANSPLANT, EnumSet.allOf(EfsEvent.class))
                        .time()[0])
                .isEqualTo(31);
    }

    @Test
    void clonalEvolutionIsAnEfsEventAndAnIncidenceWithDeathCompeting() {
        Cohort evolved = patient(c -> {
            c.firstLineStart[0] = day("2024-01-10");
            c.clonalEvolution[0] = day("2024-09-01");
            c.death[0] = day("2024-11-01");
        });
        Outcomes efs =
                Endpoints.survival(evolved, Endpoint.EFS, Origin.FIRST_LINE_START, EnumSet.allOf(EfsEvent.class));
        assertThat(efs.time()[0]).isEqualTo(day("2024-09-01") - day("2024-01-10"));
        Outcomes withoutIt = Endpoints.survival(
                evolved, Endpoint.EFS, Origin.FIRST_LINE_START, EnumSet.of(EfsEvent.DEATH, EfsEvent.RELAPSE));
        assertThat(withoutIt.time()[0]).isEqualTo(day("2024-11-01") - day("2024-01-10"));
        Outcomes incidence = Endpoints.incidence(evolved, IncidenceEvent.CLONAL_EVOLUTION, Origin.DIAGNOSIS);
        assertThat(incidence.status()[0]).isEqualTo(1);
        Outcomes diedFirst = Endpoints.incidence(
                patient(c -> {
                    c.death[0] = day("2024-05-01");
                    c.clonalEvolution[0] = day("2024-09-01");
                }),
                IncidenceEvent.CLONAL_EVOLUTION,
                Origin.DIAGNOSIS);
        assertThat(diedFirst.status()[0]).isEqualTo(2);
    }

    @Test
    void aTransplantBeforeResponseCompetesWithIt() {
        Cohort transplantedFirst = patient(c -> {
            c.firstLineStart[0] = day("2024-01-10");
            c.transplant[0] = day("2024-03-01");
            c.firstResponse[0] = day("2024-04-01");
        });
        Outcomes incidence = Endpoints.incidence(transplantedFirst, IncidenceEvent.RESPONSE, Origin.FIRST_LINE_START);
        assertThat(incidence.status()[0]).isEqualTo(3);
        Outcomes relapse = Endpoints.incidence(
                patient(c -> c.death[0] = day("2024-05-01")), IncidenceEvent.RELAPSE, Origin.DIAGNOSIS);
        assertThat(relapse.status()[0]).as("death competes with relapse").isEqualTo(2);
    }

    @Test
    void groupsFollowTheDictionaryOrderAndLeaveOutEmptyOnes() {
        Cohort inherited = patient(c -> c.cause[0] = (byte) Cause.IBMF_FANCONI.ordinal());
        Grouping grouping = Grouping.of(inherited, new int[] {0}, GroupBy.CAUSE_GROUP);
        assertThat(grouping.labels()).containsExactly("INHERITED");
        assertThat(Grouping.ageGroup(17)).isZero();
        assertThat(Grouping.ageGroup(18)).isEqualTo(1);
        assertThat(Grouping.ageGroup(39)).isEqualTo(1);
        assertThat(Grouping.ageGroup(40)).isEqualTo(2);
        assertThat(Grouping.ageGroup(60)).isEqualTo(3);
    }
}
