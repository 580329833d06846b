package org.aaregistry.imports.control;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.math.BigDecimal;
import java.util.Map;
import java.util.Optional;
import org.apache.commons.csv.CSVRecord;

/**
 * One row of an import file turned into the JSON bodies the API reads for the same records, so that the row
 * passes exactly the API's rules. Numbers that do not parse stay strings and are reported like a JSON string
 * sent where a number belongs. Each JSON path maps back to its column for the report.
 */
public record ImportRow(int row, CSVRecord cells) {

    /** JSON paths of each body, mapped to the CSV column they came from. */
    public static final Map<String, String> PATIENT_COLUMNS = Map.ofEntries(
            Map.entry("$.studyId", "study_id"),
            Map.entry("$.site", "site_code"),
            Map.entry("$.sex", "sex"),
            Map.entry("$.birthYear", "birth_year"),
            Map.entry("$.diagnosisDate", "diagnosis_date"),
            Map.entry("$.cause", "cause"),
            Map.entry("$.followUp.vitalStatus", "vital_status"),
            Map.entry("$.followUp.lastContactDate", "last_contact_date"),
            Map.entry("$.followUp.deathDate", "death_date"),
            Map.entry("$.followUp.causeOfDeath", "cause_of_death"),
            Map.entry("$.marrow.cellularityPercent", "marrow_cellularity_pct"),
            Map.entry("$.marrow.residualHematopoieticPercent", "residual_hematopoietic_pct"),
            Map.entry("$.baselineCounts.hemoglobin", "hb_g_l"),
            Map.entry("$.baselineCounts.anc", "anc"),
            Map.entry("$.baselineCounts.platelets", "platelets"),
            Map.entry("$.baselineCounts.reticulocytes", "retic_abs"),
            Map.entry("$.baselineCounts.reticulocyteMethod", "retic_method"));

    public static final Map<String, String> LINE_COLUMNS = Map.of(
            "$.regimen", "first_line_regimen", "$.startDate", "first_line_start", "$.intent", "first_line_regimen");

    public static final Map<String, String> TRANSPLANT_COLUMNS = Map.of(
            "$.transplantDate", "hsct_date",
            "$.donorType", "donor_type",
            "$.graftSource", "graft_source",
            "$.conditioning", "conditioning",
            "$.acuteGvhdGrade", "agvhd_grade",
            "$.chronicGvhd", "cgvhd",
            "$.graftFailure", "graft_failure");

    public JsonObject patient() {
        JsonObjectBuilder marrow = Json.createObjectBuilder();
        number(marrow, "cellularityPercent", "marrow_cellularity_pct");
        number(marrow, "residualHematopoieticPercent", "residual_hematopoietic_pct");
        JsonObjectBuilder counts = Json.createObjectBuilder();
        number(counts, "hemoglobin", "hb_g_l");
        number(counts, "anc", "anc");
        number(counts, "platelets", "platelets");
        number(counts, "reticulocytes", "retic_abs");
        text(counts, "reticulocyteMethod", "retic_method");
        JsonObjectBuilder followUp = Json.createObjectBuilder();
        text(followUp, "vitalStatus", "vital_status");
        text(followUp, "lastContactDate", "last_contact_date");
        text(followUp, "deathDate", "death_date");
        text(followUp, "causeOfDeath", "cause_of_death");
        JsonObjectBuilder patient = Json.createObjectBuilder();
        text(patient, "studyId", "study_id");
        text(patient, "site", "site_code");
        text(patient, "sex", "sex");
        integer(patient, "birthYear", "birth_year");
        text(patient, "diagnosisDate", "diagnosis_date");
        text(patient, "cause", "cause");
        JsonObject marrowObject = marrow.build();
        if (!marrowObject.isEmpty()) {
            patient.add("marrow", marrowObject);
        }
        JsonObject countsObject = counts.build();
        if (!countsObject.isEmpty()) {
            patient.add("baselineCounts", countsObject);
        }
        return patient.add("followUp", followUp).build();
    }

    /** The first treatment line, when the row names one. */
    public Optional<JsonObject> firstLine() {
        if (blank("first_line_regimen") && blank("first_line_start")) {
            return Optional.empty();
        }
        JsonObjectBuilder line = Json.createObjectBuilder().add("intent", "FIRST_LINE");
        text(line, "regimen", "first_line_regimen");
        text(line, "startDate", "first_line_start");
        return Optional.of(line.build());
    }

    /** The transplant, when the row names one (any transplant column filled). */
    public Optional<JsonObject> transplant() {
        if (TRANSPLANT_COLUMNS.values().stream().allMatch(this::blank)) {
            return Optional.empty();
        }
        JsonObjectBuilder transplant = Json.createObjectBuilder();
        text(transplant, "transplantDate", "hsct_date");
        text(transplant, "donorType", "donor_type");
        text(transplant, "graftSource", "graft_source");
        text(transplant, "conditioning", "conditioning");
        integer(transplant, "acuteGvhdGrade", "agvhd_grade");
        text(transplant, "chronicGvhd", "cgvhd");
        text(transplant, "graftFailure", "graft_failure");
        return Optional.of(transplant.build());
    }

    /** An event of the row, when its date (or, for clonal evolution, its kind) is filled. */
    public Optional<JsonObject> event(String type, String dateColumn, String subtypeColumn) {
        if (blank(dateColumn) && (subtypeColumn == null || blank(subtypeColumn))) {
            return Optional.empty();
        }
        JsonObjectBuilder event = Json.createObjectBuilder().add("eventType", type);
        text(event, "eventDate", dateColumn);
        if (subtypeColumn != null) {
            text(event, "subtype", subtypeColumn);
        }
        return Optional.of(event.build());
    }

    public String value(String column) {
        return cells.isMapped(column) && cells.isSet(column) ? cells.get(column).strip() : "";
    }

    public boolean blank(String column) {
        return value(column).isEmpty();
    }

    private void text(JsonObjectBuilder json, String field, String column) {
        if (!blank(column)) {
            json.add(field, value(column));
        }
    }

    private void number(JsonObjectBuilder json, String field, String column) {
        if (blank(column)) {
            return;
        }
        try {
            json.add(field, new BigDecimal(value(column)));
        } catch (NumberFormatException notANumber) {
            json.add(field, value(column));
        }
    }

    private void integer(JsonObjectBuilder json, String field, String column) {
        if (blank(column)) {
            return;
        }
        try {
            json.add(field, Integer.parseInt(value(column)));
        } catch (NumberFormatException notAnInteger) {
            json.add(field, value(column));
        }
    }
}
