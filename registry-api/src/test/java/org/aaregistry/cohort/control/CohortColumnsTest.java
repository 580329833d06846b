package org.aaregistry.cohort.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Set;
import org.aaregistry.cohort.control.Cohort.Part;
import org.aaregistry.patient.entity.Cause;
import org.aaregistry.transplant.entity.ChronicGvhd;
import org.aaregistry.transplant.entity.DonorType;
import org.aaregistry.treatment.entity.Regimen;
import org.junit.jupiter.api.Test;

/** Reading the course summary's binary COPY stream into a cohort, as the record stood at the data cut-off. */
class CohortColumnsTest {

    private static final LocalDate CUT_OFF = LocalDate.of(2025, 1, 1);

    private static int day(String date) {
        return (int) LocalDate.parse(date).toEpochDay();
    }

    private static Cohort read(Set<Part> parts, InputStream stream) throws IOException {
        return new CohortColumns(parts, CUT_OFF).read(new CopyRows(stream));
    }

    /** FOLLOW_UP, TREATMENT, TRANSPLANT: the columns every report reads. */
    private static CopyStream always(CopyStream s, String lineStart, String secondLine, String transplant) {
        return s.date("2024-01-01")
                .date("2024-12-01")
                .nul()
                .text(lineStart == null ? null : "HATG_CSA")
                .date(lineStart)
                .date(secondLine)
                .date(transplant)
                .text(transplant == null ? null : "MUD")
                .text(transplant == null ? null : "PBSC");
    }

    @Test
    void datesCodesAndNullsArriveAsTheirColumns() throws IOException {
        Cohort c = read(
                EnumSet.of(Part.DEMOGRAPHY, Part.BASELINE),
                always(new CopyStream().row(18), "2024-01-10", null, "2024-06-01")
                        .text("F")
                        .smallint(1990)
                        .text("IBMF_FANCONI")
                        .text("VSAA")
                        .real(72.5f)
                        .real(null)
                        .real(12f)
                        .real(30f)
                        .real(4.5f)
                        .end());

        assertThat(c.size()).isEqualTo(1);
        assertThat(c.diagnosis[0]).isEqualTo(day("2024-01-01"));
        assertThat(c.lastContact[0]).isEqualTo(day("2024-12-01"));
        assertThat(c.death[0]).isEqualTo(Cohort.NONE);
        assertThat(c.firstLineRegimen[0]).isEqualTo((byte) Regimen.HATG_CSA.ordinal());
        assertThat(c.secondLineStart[0]).isEqualTo(Cohort.NONE);
        assertThat(c.donorType[0]).isEqualTo((byte) DonorType.MUD.ordinal());
        assertThat(c.cause[0]).isEqualTo((byte) Cause.IBMF_FANCONI.ordinal());
        assertThat(c.ageAtDiagnosis(0)).isEqualTo(34);
        assertThat(c.hemoglobin[0]).isEqualTo(72.5f);
        assertThat(c.anc[0]).isNaN();
        assertThat(c.pnhPercent[0]).isEqualTo(4.5f);
        assertThat(c.relapse).as("a part not extracted has no column").isNull();
        assertThat(c.response).isNull();
    }

    @Test
    void aLineOrTransplantAfterTheCutOffIsNotYetSeen() throws IOException {
        Cohort c = read(
                EnumSet.of(Part.TRANSPLANT_OUTCOMES),
                always(new CopyStream().row(17), "2025-02-01", "2025-03-01", "2025-04-01")
                        .text("PRIMARY")
                        .date("2025-05-01")
                        .smallint(3)
                        .date("2025-05-01")
                        .text("SEVERE")
                        .date("2025-06-01")
                        .date("2025-04-20")
                        .nul()
                        .end());

        assertThat(c.firstLineRegimen[0]).isEqualTo((byte) -1);
        assertThat(c.firstLineStart[0]).isEqualTo(Cohort.NONE);
        assertThat(c.secondLineStart[0]).isEqualTo(Cohort.NONE);
        assertThat(c.transplant[0]).isEqualTo(Cohort.NONE);
        assertThat(c.donorType[0]).isEqualTo((byte) -1);
        assertThat(c.acuteGvhdGrade[0])
                .as("the outcomes of a transplant not yet done")
                .isEqualTo((byte) -1);
        assertThat(c.chronicGvhd[0]).isEqualTo((byte) -1);
        assertThat(c.neutrophilEngraftment[0]).isEqualTo(Cohort.NONE);
    }

    @Test
    void transplantOutcomesBeforeTheCutOffAreRead() throws IOException {
        Cohort c = read(
                EnumSet.of(Part.TRANSPLANT_OUTCOMES),
                always(new CopyStream().row(17), null, null, "2024-03-01")
                        .text("NONE")
                        .nul()
                        .smallint(2)
                        .date("2024-03-20")
                        .text("MODERATE")
                        .date("2024-09-01")
                        .date("2024-03-18")
                        .date("2024-03-25")
                        .end());
        assertThat(c.transplant[0]).isEqualTo(day("2024-03-01"));
        assertThat(c.acuteGvhdGrade[0]).isEqualTo((byte) 2);
        assertThat(c.chronicGvhd[0]).isEqualTo((byte) ChronicGvhd.MODERATE.ordinal());
        assertThat(c.graftFailureDate[0]).isEqualTo(Cohort.NONE);
        assertThat(c.plateletEngraftment[0]).isEqualTo(day("2024-03-25"));
    }

    /** RESPONSES after the always-read columns: derived 3, 6, 12 months and best with count dates; recorded. */
    private static Cohort responses(
            String lineStart, String[] derived, String[] counted, String recorded3, String recorded6, String recorded12)
            throws IOException {
        CopyStream s = always(new CopyStream().row(20), lineStart, null, null);
        for (int point = 0; point < 4; point++) {
            s.text(derived[point]).date(counted[point]);
        }
        return read(
                EnumSet.of(Part.RESPONSES),
                s.text(recorded3).text(recorded6).text(recorded12).end());
    }

    @Test
    void aDerivedResponseRestingOnACountAfterTheCutOffIsNotAssessableYet() throws IOException {
        Cohort c = responses(
                "2024-01-10",
                new String[] {"PR", "NR", "CR", "CR"},
                new String[] {"2024-04-12", "2024-07-08", "2025-01-15", "2025-01-15"},
                null,
                null,
                null);
        assertThat(c.response[0][0]).isEqualTo(Cohort.PR);
        assertThat(c.response[1][0]).isEqualTo(Cohort.NR);
        assertThat(c.response[2][0]).as("counted after the cut-off").isEqualTo(Cohort.NOT_ASSESSABLE);
        assertThat(c.response[3][0]).as("best as known at the cut-off").isEqualTo(Cohort.PR);
        assertThat(c.firstResponse[0]).isEqualTo(day("2024-04-12"));
    }

    @Test
    void aRecordedResponseStandsInWhereTheCountsGaveNoVerdictOnceItsTimePointHasPassed() throws IOException {
        Cohort c = responses(
                "2024-01-31",
                new String[] {"NOT_ASSESSABLE", "NOT_ASSESSABLE", "NOT_ASSESSABLE", "NOT_ASSESSABLE"},
                new String[] {null, null, null, null},
                "PR",
                "CR",
                "CR");
        assertThat(c.response[0][0]).isEqualTo(Cohort.PR);
        assertThat(c.response[1][0]).isEqualTo(Cohort.CR);
        assertThat(c.response[2][0])
                .as("12 months after 2024-01-31 is after the cut-off")
                .isEqualTo(Cohort.NOT_ASSESSABLE);
        assertThat(c.response[3][0]).isEqualTo(Cohort.CR);
        assertThat(c.firstResponse[0])
                .as("dated at its time point, month ends clamped as PostgreSQL and java.time do")
                .isEqualTo(day("2024-04-30"));
    }

    @Test
    void aDerivedVerdictPrevailsOverARecordedOne() throws IOException {
        Cohort c = responses(
                "2024-01-10",
                new String[] {"NR", "CR", "NOT_ASSESSABLE", "CR"},
                new String[] {"2024-04-10", "2024-07-10", null, "2024-07-10"},
                "CR",
                "NR",
                null);
        assertThat(c.response[0][0]).isEqualTo(Cohort.NR);
        assertThat(c.response[1][0]).isEqualTo(Cohort.CR);
        assertThat(c.firstResponse[0]).isEqualTo(day("2024-07-10"));
    }

    @Test
    void responsesOfALineNotStartedByTheCutOffAreNotSeen() throws IOException {
        Cohort c = responses(
                "2025-02-01",
                new String[] {"CR", "CR", "CR", "CR"},
                new String[] {"2024-05-01", "2024-08-01", "2024-12-01", "2024-05-01"},
                "CR",
                null,
                null);
        for (int point = 0; point < 4; point++) {
            assertThat(c.response[point][0]).isEqualTo(Cohort.NOT_ASSESSABLE);
        }
        assertThat(c.firstResponse[0]).isEqualTo(Cohort.NONE);
    }

    @Test
    void manyPatientsGrowTheColumns() throws IOException {
        CopyStream s = new CopyStream();
        for (int i = 0; i < 5000; i++) {
            always(s.row(9), i % 2 == 0 ? "2024-01-10" : null, null, null);
        }
        Cohort c = read(EnumSet.noneOf(Part.class), s.end());
        assertThat(c.size()).isEqualTo(5000);
        assertThat(c.firstLineStart[4998]).isEqualTo(day("2024-01-10"));
        assertThat(c.firstLineStart[4999]).isEqualTo(Cohort.NONE);
    }

    @Test
    void aStreamThatIsNotWhatWasSelectedIsRefused() {
        assertThatThrownBy(() -> read(
                        EnumSet.noneOf(Part.class),
                        always(new CopyStream().row(9), null, null, null).cut()))
                .isInstanceOf(IOException.class)
                .hasMessageContaining("ended inside a row");
        assertThatThrownBy(() -> read(
                        EnumSet.noneOf(Part.class),
                        new CopyStream().row(3).date("2024-01-01").nul().nul().end()))
                .hasMessageContaining("3 fields where 9");
        assertThatThrownBy(() -> read(
                        EnumSet.noneOf(Part.class),
                        new CopyStream()
                                .row(9)
                                .date("2024-01-01")
                                .nul()
                                .nul()
                                .text("HATG_CSA_X")
                                .end()))
                .hasMessageContaining("unknown code 'HATG_CSA_X'");
        assertThatThrownBy(() -> new CopyRows(new java.io.ByteArrayInputStream(new byte[19])))
                .hasMessageContaining("not PostgreSQL's binary COPY format");
    }
}
