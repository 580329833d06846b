package org.aaregistry.reports.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.aaregistry.reports.survival.ConfidenceInterval;
import org.aaregistry.reports.survival.SurvivalData;
import org.junit.jupiter.api.Test;

class TransplantReportsTest {
    private static final List<String> DONORS = List.of("MSD", "MUD");
    private static final int[] GROUP = {0, 0, 1, 1, 1};

    private static SummaryTables outcomes() {
        return SummaryTables.byGroup(DONORS, GROUP)
                .categorical("Acute GVHD grade II–IV", List.of("yes", "no"), new int[] {1, 1, 0, 1, 0});
    }

    private static SurvivalReport survival(List<String> groups, String endpoint) {
        SurvivalData data = SurvivalData.of(
                new double[] {100, 400, 50, 700, 900}, new boolean[] {false, true, true, false, false}, GROUP, groups);
        return SurvivalReports.build(
                data,
                ConfidenceInterval.LOG,
                0.95,
                new double[] {365},
                new double[] {0, 365},
                Map.of(),
                endpoint,
                "TRANSPLANT",
                Fixtures.provenance());
    }

    @Test
    void carriesOutcomesAndSurvivalOfTheSameGroups() {
        TransplantReport report = TransplantReports.build(
                "DONOR_TYPE",
                outcomes(),
                survival(DONORS, "OS"),
                survival(DONORS, "GRFS"),
                Map.of("site", "SITE-A"),
                Fixtures.provenance());

        assertThat(report.groupBy()).isEqualTo("DONOR_TYPE");
        assertThat(report.groups()).containsExactly("MSD", "MUD", "Overall");
        assertThat(report.outcomes()).isEqualTo(outcomes().rows());
        assertThat(report.overallSurvival().endpoint()).isEqualTo("OS");
        assertThat(report.grfs().endpoint()).isEqualTo("GRFS");
        assertThat(report.cohort()).containsEntry("n", 5);
    }

    @Test
    void rejectsSurvivalReportedForOtherGroups() {
        assertThatThrownBy(() -> TransplantReports.build(
                        "DONOR_TYPE",
                        outcomes(),
                        survival(DONORS, "OS"),
                        survival(List.of("BM", "PBSC"), "GRFS"),
                        Map.of(),
                        Fixtures.provenance()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("GRFS");
    }

    @Test
    void rejectsAGroupingOtherThanDonorTypeOrGraftSource() {
        assertThatThrownBy(() -> TransplantReports.build(
                        "CONDITIONING",
                        outcomes(),
                        survival(DONORS, "OS"),
                        survival(DONORS, "GRFS"),
                        Map.of(),
                        Fixtures.provenance()))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
