package org.aaregistry.cohort.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The cohort filters as SQL: each a bound parameter, a repeated value "any of", absent filters no condition. */
class CohortExtractionTest {

    private static final LocalDate CUT_OFF = LocalDate.of(2026, 1, 1);

    private static CohortCriteria none() {
        return new CohortCriteria(null, null, null, null, null, null, null, null, null, null, "NIH", CUT_OFF);
    }

    @Test
    void noFilterNoCondition() {
        List<Object> parameters = new ArrayList<>();
        assertThat(CohortExtraction.where(none(), parameters)).isEmpty();
        assertThat(parameters).isEmpty();
    }

    @Test
    void repeatedValuesMeanAnyOfAndFiltersCombine() {
        CohortCriteria criteria = new CohortCriteria(
                List.of("SITE-A", "SITE-B"),
                List.of("DRUG"),
                List.of("SAA", "VSAA"),
                List.of("HATG_CSA"),
                true,
                List.of("MSD", "MUD"),
                LocalDate.of(2020, 1, 1),
                LocalDate.of(2020, 12, 31),
                18,
                39,
                "NIH",
                CUT_OFF);
        List<Object> parameters = new ArrayList<>();
        String sql = CohortExtraction.where(criteria, parameters);

        assertThat(sql)
                .contains(" AND p.site_code IN (?, ?)")
                .contains(" AND p.cause IN (?)")
                .contains(" AND p.severity IN (?, ?)")
                .contains(" AND l1.regimen IN (?)")
                .contains(" AND t.donor_type IN (?, ?)")
                .contains(" AND t.transplant_date IS NOT NULL")
                .contains(" AND p.diagnosis_date >= ?")
                .contains(" AND p.diagnosis_date <= ?")
                .contains("- p.birth_year >= ?")
                .contains("- p.birth_year <= ?")
                .doesNotContain("SITE-A")
                .doesNotContain("DRUG");
        assertThat(parameters)
                .containsExactly(
                        "SITE-A",
                        "SITE-B",
                        "DRUG",
                        "SAA",
                        "VSAA",
                        "HATG_CSA",
                        "MSD",
                        "MUD",
                        java.sql.Date.valueOf("2020-01-01"),
                        java.sql.Date.valueOf("2020-12-31"),
                        18,
                        39);
        assertThat(sql.chars().filter(ch -> ch == '?').count()).isEqualTo(parameters.size());
    }

    @Test
    void untransplantedAndAnEmptySiteListSelectAccordingly() {
        CohortCriteria untransplanted =
                new CohortCriteria(List.of(), null, null, null, false, null, null, null, null, null, "NIH", CUT_OFF);
        List<Object> parameters = new ArrayList<>();
        String sql = CohortExtraction.where(untransplanted, parameters);
        assertThat(sql).contains(" AND t.transplant_date IS NULL").contains(" AND false");
        assertThat(parameters).isEmpty();
    }
}
