package org.aaregistry.cohort.control;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import org.aaregistry.cohort.control.Cohort.Part;
import org.aaregistry.outcome.entity.ResponseRuleSet;
import org.junit.jupiter.api.Test;

/**
 * The cohort filters as SQL: conditions on the course summary that read their values from the filters document,
 * never from the SQL text; a repeated value means "any of", an absent filter no condition.
 */
class CohortExtractionTest {

    private static final LocalDate CUT_OFF = LocalDate.of(2026, 1, 1);

    private static CohortCriteria none() {
        return new CohortCriteria(null, null, null, null, null, null, null, null, null, null, "NIH", CUT_OFF);
    }

    private static CohortCriteria every() {
        return new CohortCriteria(
                List.of("SITE-A", "SITE-'B\""),
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
    }

    @Test
    void noFilterNoCondition() {
        assertThat(CohortExtraction.where(none())).isEmpty();
        assertThat(parse(CohortExtraction.filters(none())))
                .containsOnlyKeys("cutOff")
                .containsEntry("cutOff", Json.createValue("2026-01-01"));
    }

    @Test
    void repeatedValuesMeanAnyOfAndFiltersCombine() {
        String sql = CohortExtraction.where(every());

        assertThat(sql)
                .contains(" AND (s.site_code = ANY (q.sites))")
                .contains(" AND (s.cause = ANY (q.causes))")
                .contains(" AND (s.severity = ANY (q.severities))")
                .contains(" AND (s.first_line_start <= q.cut_off AND s.first_line_regimen = ANY (q.regimens))")
                .contains(" AND (s.transplant_date <= q.cut_off AND s.donor_type = ANY (q.donor_types))")
                .contains(" AND s.transplant_date <= q.cut_off")
                .contains(" AND s.diagnosis_date >= q.diagnosis_from")
                .contains(" AND s.diagnosis_date <= q.diagnosis_to")
                .contains("- s.birth_year >= q.age_from")
                .contains("- s.birth_year <= q.age_to")
                .doesNotContain("SITE-A")
                .doesNotContain("DRUG")
                .doesNotContain("2020");
    }

    @Test
    void theValuesTravelAsOneJsonDocumentWhateverCharactersTheyHold() {
        JsonObject filters = parse(CohortExtraction.filters(every()));
        assertThat(filters.getJsonArray("sites").getString(1)).isEqualTo("SITE-'B\"");
        assertThat(filters.getJsonArray("severities").getValuesAs(jakarta.json.JsonString::getString))
                .containsExactly("SAA", "VSAA");
        assertThat(filters.getJsonArray("firstLineRegimens").getString(0)).isEqualTo("HATG_CSA");
        assertThat(filters.getJsonArray("donorTypes").size()).isEqualTo(2);
        assertThat(filters.getString("diagnosisFrom")).isEqualTo("2020-01-01");
        assertThat(filters.getString("diagnosisTo")).isEqualTo("2020-12-31");
        assertThat(filters.getInt("ageFrom")).isEqualTo(18);
        assertThat(filters.getInt("ageTo")).isEqualTo(39);
        assertThat(filters.getString("cutOff")).isEqualTo("2026-01-01");
    }

    @Test
    void untransplantedAndAnEmptySiteListSelectAccordingly() {
        CohortCriteria untransplanted =
                new CohortCriteria(List.of(), null, null, null, false, null, null, null, null, null, "NIH", CUT_OFF);
        String sql = CohortExtraction.where(untransplanted);
        assertThat(sql)
                .as("not transplanted by the cut-off")
                .contains(" AND (s.transplant_date IS NULL OR s.transplant_date > q.cut_off)")
                .contains(" AND false");
    }

    @Test
    void aReportSelectsTheColumnsOfItsPartsOnlyUnderItsRuleSet() {
        String survival = CohortColumns.select(EnumSet.copyOf(Part.ALWAYS), ResponseRuleSet.NIH);
        assertThat(survival)
                .isEqualTo("s.diagnosis_date, s.last_contact_date, s.death_date, s.first_line_regimen,"
                        + " s.first_line_start, s.second_line_start, s.transplant_date, s.donor_type, s.graft_source");
        String responses = CohortColumns.select(EnumSet.of(Part.RESPONSES), ResponseRuleSet.RACE);
        assertThat(responses)
                .startsWith("s.race_month_3, s.race_month_3_date, s.race_month_6")
                .contains("s.race_best_date, s.recorded_month_3")
                .doesNotContain("nih")
                .doesNotContain("{");
        assertThat(CohortColumns.fields(EnumSet.allOf(Part.class))).isEqualTo(40);
    }

    private static JsonObject parse(String json) {
        try (var reader = Json.createReader(new StringReader(json))) {
            return reader.readObject();
        }
    }
}
