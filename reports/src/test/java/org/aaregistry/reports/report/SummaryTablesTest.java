package org.aaregistry.reports.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.aaregistry.reports.summary.NumericSummary;
import org.junit.jupiter.api.Test;

class SummaryTablesTest {
    private static final List<String> ARMS = List.of("A", "B");
    private static final int[] GROUP = {0, 0, 0, 1, 1, 1, 1};
    private static final double[] AGE = {20, 31, Double.NaN, 45, 52, 60, 71};
    private static final int[] SEX = {0, 1, 1, 0, 0, -1, 1};

    private static SummaryTables table() {
        return SummaryTables.byGroup(ARMS, GROUP)
                .numeric("Age at diagnosis", "years", AGE)
                .categorical("Sex", List.of("M", "F"), SEX);
    }

    @Test
    void columnsAreTheGroupsThenOverall() {
        assertThat(table().groups()).containsExactly("A", "B", "Overall");
    }

    @Test
    void firstLineCountsThePatientsOfEachGroupAndOverall() {
        SummaryRow patients = table().rows().get(0);

        assertThat(patients.variable()).isEqualTo(SummaryTables.PATIENTS);
        assertThat(patients.cells()).extracting(SummaryCell::count).containsExactly(3, 4, 7);
    }

    @Test
    void numericLineHoldsMedianAndQuartilesOfEachGroupAsNumericSummary() {
        SummaryRow age = table().rows().get(1);

        assertThat(age.level()).isEqualTo(SummaryTables.MEDIAN_IQR);
        assertThat(age.unit()).isEqualTo("years");
        double[][] parts = {Arrays.copyOfRange(AGE, 0, 3), Arrays.copyOfRange(AGE, 3, 7), AGE};
        for (int g = 0; g < 3; g++) {
            NumericSummary expected = NumericSummary.of(parts[g]);
            SummaryCell cell = age.cells().get(g);
            assertThat(cell.n()).isEqualTo(expected.n());
            assertThat(cell.median()).isEqualTo(expected.median().getAsDouble());
            assertThat(cell.q1()).isEqualTo(expected.firstQuartile().getAsDouble());
            assertThat(cell.q3()).isEqualTo(expected.thirdQuartile().getAsDouble());
            assertThat(cell.count()).isNull();
        }
        assertThat(age.cells().get(1).median()).isEqualTo(56.0);
    }

    @Test
    void missingValuesGetTheirOwnLineCountedAgainstTheWholeGroup() {
        List<SummaryRow> rows = table().rows();

        SummaryRow ageMissing = rows.get(2);
        assertThat(ageMissing.variable()).isEqualTo("Age at diagnosis");
        assertThat(ageMissing.level()).isEqualTo(SummaryTables.MISSING);
        assertThat(ageMissing.cells())
                .containsExactly(
                        new SummaryCell(3, 1, 100.0 / 3, null, null, null),
                        new SummaryCell(4, 0, 0.0, null, null, null),
                        new SummaryCell(7, 1, 100.0 / 7, null, null, null));
    }

    @Test
    void categoricalLinesCountEachCategoryWithThePercentOfKnownValues() {
        List<SummaryRow> rows = table().rows();

        SummaryRow male = rows.get(3);
        SummaryRow female = rows.get(4);
        assertThat(male.level()).isEqualTo("M");
        assertThat(male.cells().get(1)).isEqualTo(new SummaryCell(3, 2, 200.0 / 3, null, null, null));
        assertThat(female.cells().get(2)).isEqualTo(new SummaryCell(6, 3, 50.0, null, null, null));
        assertThat(rows.get(5).level()).isEqualTo(SummaryTables.MISSING);
        assertThat(rows).hasSize(6);
    }

    @Test
    void variableWithoutMissingValuesHasNoMissingLine() {
        List<SummaryRow> rows = SummaryTables.byGroup(ARMS, GROUP)
                .categorical("Sex", List.of("M", "F", "U"), new int[] {0, 1, 1, 0, 0, 2, 1})
                .rows();

        assertThat(rows).extracting(SummaryRow::level).containsExactly("n", "M", "F", "U");
    }

    @Test
    void groupWithoutPatientsHasNullPercentAndMedian() {
        List<SummaryRow> rows = SummaryTables.byGroup(List.of("A", "B"), new int[] {0, 0})
                .numeric("Age", "years", new double[] {30, 40})
                .categorical("Sex", List.of("M", "F"), new int[] {0, 1})
                .rows();

        assertThat(rows.get(1).cells().get(1)).isEqualTo(new SummaryCell(0, null, null, null, null, null));
        assertThat(rows.get(2).cells().get(1)).isEqualTo(new SummaryCell(0, 0, null, null, null, null));
    }

    @Test
    void reportCarriesTheTableTheGroupsAndTheCohortSize() {
        CohortSummaryReport report = table().report(Map.of("site", "SITE-A"), Fixtures.provenance());

        assertThat(report.groups()).containsExactly("A", "B", "Overall");
        assertThat(report.rows()).isEqualTo(table().rows());
        assertThat(report.cohort()).containsEntry("site", "SITE-A").containsEntry("n", 7);
    }

    @Test
    void rejectsOverallAsAGroupLabel() {
        assertThatThrownBy(() -> SummaryTables.byGroup(List.of("Overall"), new int[] {0}))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void rejectsAVariableWithAnotherNumberOfPatients() {
        assertThatThrownBy(() -> table().numeric("ANC", "×10⁹/L", new double[] {1, 2}))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("ANC");
    }
}
