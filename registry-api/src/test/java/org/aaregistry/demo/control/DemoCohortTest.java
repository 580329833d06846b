package org.aaregistry.demo.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.json.JsonObject;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.aaregistry.patient.boundary.PatientInput;
import org.aaregistry.patient.entity.Patient;
import org.aaregistry.patient.entity.Severity;
import org.aaregistry.patient.entity.SeverityRuleSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The generator on its own: deterministic, consistent courses, the severity mix it promises as the registry's own
 * Camitta rules derive it. What the registry's reports make of a loaded cohort is {@code DemoCohortIT}'s.
 */
class DemoCohortTest {

    private static final DemoCohort COHORT = new DemoCohort(1, null);

    @Test
    void aPatientIsTheSameWhateverWasGeneratedBeforeIt() {
        List<DemoCourse> inOrder = COHORT.patients(0, 40).toList();
        DemoCourse alone = new DemoCohort(1, null).patient(37);

        assertThat(alone).isEqualTo(inOrder.get(37));
        assertThat(alone.patient().toString())
                .isEqualTo(inOrder.get(37).patient().toString());
    }

    @Test
    void anotherSeedIsAnotherCohort() {
        DemoCourse one = COHORT.patient(5);
        DemoCourse other = new DemoCohort(2, null).patient(5);

        assertThat(other.studyId()).isEqualTo("DEMO2-0000006");
        assertThat(other.patient().toString())
                .isNotEqualTo(one.patient().toString().replace("DEMO1", "DEMO2"));
    }

    @ParameterizedTest
    @CsvSource({"1,,0,DEMO1-0000001", "42,,9999998,DEMO42-9999999", "999999,SITE-C,0,DEMO999999-SITE-C-0000001"})
    void studyIdsAreMarkedDemoAndFitTheRegistry(long seed, String site, long index, String expected) {
        String studyId = new DemoCohort(seed, site).studyId(index);

        assertThat(studyId).isEqualTo(expected).matches("[A-Za-z0-9][A-Za-z0-9_-]{0,39}");
    }

    @Test
    void seedsAndSizesOutsideTheLimitsAreRefused() {
        assertThatThrownBy(() -> new DemoCohort(1_000_000, null)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new DemoCohort(-1, null)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> COHORT.patient(DemoCohort.MAX_PATIENTS)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aCohortLoadedIntoOneSiteStaysThere() {
        assertThat(new DemoCohort(3, "SITE-D").patients(0, 200))
                .allSatisfy(course -> assertThat(course.site()).isEqualTo("SITE-D"));
    }

    @Test
    void theChildrensHospitalHasOnlyChildren() {
        assertThat(new DemoCohort(3, "SITE-D").patients(0, 500))
                .allSatisfy(course -> assertThat(age(course)).isBetween(0, 17));
    }

    @Test
    void everyCourseKeepsTheOrderOfARealOne() {
        COHORT.patients(0, 3000).forEach(DemoCohortTest::assertChronology);
    }

    /** Diagnosis ≤ treatment, transplant and events ≤ last contact ≤ the as-of date; the dead were last seen dead. */
    private static void assertChronology(DemoCourse course) {
        JsonObject patient = course.patient();
        LocalDate diagnosis = LocalDate.parse(patient.getString("diagnosisDate"));
        JsonObject followUp = patient.getJsonObject("followUp");
        LocalDate last = LocalDate.parse(followUp.getString("lastContactDate"));
        assertThat(diagnosis).isBetween(LocalDate.of(2005, 1, 1), LocalDate.of(2025, 12, 31));
        assertThat(last).isAfterOrEqualTo(diagnosis).isBeforeOrEqualTo(DemoCohort.AS_OF);
        if (followUp.getString("vitalStatus").equals("DEAD")) {
            assertThat(followUp.getString("deathDate")).isEqualTo(last.toString());
        }
        Stream.concat(
                        course.treatmentLines().stream().map(line -> line.getString("startDate")),
                        Stream.concat(
                                course.events().stream().map(event -> event.getString("eventDate")),
                                course.transplants().stream()
                                        .map(t -> t.transplant().getString("transplantDate"))))
                .map(LocalDate::parse)
                .forEach(date -> assertThat(date)
                        .as(course.studyId())
                        .isAfterOrEqualTo(diagnosis)
                        .isBeforeOrEqualTo(last));
        course.bloodCounts().forEach(count -> {
            assertThat(LocalDate.parse(count.getString("sampleDate")))
                    .as(course.studyId())
                    .isBeforeOrEqualTo(last);
            assertThat(count.getJsonNumber("hemoglobin").doubleValue()).isBetween(20.0, 250.0);
            assertThat(count.getJsonNumber("anc").doubleValue()).isBetween(0.0, 100.0);
            assertThat(count.getJsonNumber("platelets").doubleValue()).isBetween(0.0, 2000.0);
        });
        List<String> starts = course.treatmentLines().stream()
                .map(line -> line.getString("startDate"))
                .toList();
        assertThat(starts).as(course.studyId()).isSorted();
        course.recordedResponses()
                .forEach(recorded -> assertThat(recorded.line()).isBetween(0, starts.size() - 1));
    }

    /**
     * The marrow and counts are drawn for a target category; the registry's Camitta derivation must arrive at the
     * mix the generator documents (docs/demo-cohort.md, "At diagnosis"), within 2 percentage points on 5,000.
     */
    @Test
    void theRegistryDerivesTheDocumentedSeverityMix() {
        Map<Severity, Integer> mix = new EnumMap<>(Severity.class);
        int n = 5000;
        COHORT.patients(0, n).forEach(course -> mix.merge(severity(course), 1, Integer::sum));

        assertThat(share(mix, Severity.VSAA, n)).isCloseTo(0.30, org.assertj.core.data.Offset.offset(0.02));
        assertThat(share(mix, Severity.SAA, n)).isCloseTo(0.40, org.assertj.core.data.Offset.offset(0.02));
        assertThat(share(mix, Severity.NSAA, n)).isCloseTo(0.25, org.assertj.core.data.Offset.offset(0.02));
        assertThat(share(mix, Severity.CRITERIA_NOT_MET, n)).isCloseTo(0.02, org.assertj.core.data.Offset.offset(0.01));
        assertThat(share(mix, Severity.NOT_ASSESSABLE, n)).isCloseTo(0.03, org.assertj.core.data.Offset.offset(0.01));
    }

    private static Severity severity(DemoCourse course) {
        PatientInput input = PatientInput.forCreate(course.patient());
        return new Patient(input.studyId(), course.site(), input.facts(), SeverityRuleSet.CAMITTA_60, "test")
                .severity()
                .category();
    }

    private static double share(Map<Severity, Integer> mix, Severity severity, int n) {
        return mix.getOrDefault(severity, 0) / (double) n;
    }

    private static int age(DemoCourse course) {
        return LocalDate.parse(course.patient().getString("diagnosisDate")).getYear()
                - course.patient().getInt("birthYear");
    }
}
