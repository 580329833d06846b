package org.aaregistry.web.patient;

import static org.aaregistry.web.form.Field.checkbox;
import static org.aaregistry.web.form.Field.code;
import static org.aaregistry.web.form.Field.date;
import static org.aaregistry.web.form.Field.longText;
import static org.aaregistry.web.form.Field.number;
import static org.aaregistry.web.form.Field.text;
import static org.aaregistry.web.form.Field.yesNo;

import java.util.List;
import java.util.Optional;
import org.aaregistry.web.form.Section;

/**
 * The parts of a patient's record a coordinator enters, each with its API path and its form: the fields in the
 * order of the data dictionary, with labels and units (canonical units: counts ×10⁹/L, hemoglobin g/L).
 */
public enum RecordKind {
    BLOOD_COUNT(
            "blood-counts",
            "blood count",
            List.of(Section.of(
                    "Blood count",
                    date("sampleDate", "Sample date"),
                    number("hemoglobin", "Hemoglobin", "g/L"),
                    number("anc", "ANC", "×10⁹/L"),
                    number("platelets", "Platelets", "×10⁹/L"),
                    number("reticulocytes", "Reticulocytes", "×10⁹/L"),
                    checkbox("rbcTransfused", "Red cells transfused in the 4 weeks before"),
                    checkbox("plateletsTransfused", "Platelets transfused in the 7 days before"),
                    checkbox("onGcsf", "On G-CSF")))),
    TREATMENT_LINE(
            "treatment-lines",
            "treatment line",
            List.of(Section.of(
                    "Treatment line",
                    code("regimen", "Regimen", "regimen"),
                    text("regimenDetail", "Regimen detail").hint("Required for regimen Other"),
                    date("startDate", "Start date"),
                    date("endDate", "End date"),
                    code("intent", "Intent", "intent"),
                    code("stopReason", "Reason stopped", "stopReason")))),
    TRANSPLANT(
            "transplants",
            "transplant",
            List.of(
                    Section.of(
                            "Graft",
                            date("transplantDate", "Transplant date (day 0)"),
                            code("donorType", "Donor type", "donorType"),
                            text("hlaMatch", "HLA match").hint("e.g. 8/8 or 10/10"),
                            code("graftSource", "Graft source", "graftSource"),
                            code("conditioning", "Conditioning", "conditioning"),
                            code("conditioningIntensity", "Intensity", "conditioningIntensity"),
                            code("gvhdProphylaxis", "GVHD prophylaxis", "gvhdProphylaxis")),
                    Section.of(
                            "Engraftment and graft failure",
                            date("neutrophilEngraftmentDate", "Neutrophil engraftment (entered)")
                                    .hint(
                                            "The registry derives it from post-transplant counts where they are recorded"),
                            date("plateletEngraftmentDate", "Platelet engraftment (entered)"),
                            code("graftFailure", "Graft failure", "graftFailure"),
                            date("graftFailureDate", "Graft failure date")),
                    Section.of(
                            "GVHD",
                            number("acuteGvhdGrade", "Acute GVHD, maximum grade", "0–4 (MAGIC)"),
                            date("acuteGvhdOnset", "Acute GVHD onset"),
                            code("chronicGvhd", "Chronic GVHD (NIH 2014)", "chronicGvhd"),
                            date("chronicGvhdOnset", "Chronic GVHD onset")))),
    CHIMERISM(
            "chimerism",
            "chimerism result",
            List.of(Section.of(
                    "Chimerism",
                    date("sampleDate", "Sample date"),
                    code("lineage", "Lineage", "lineage"),
                    number("donorPercent", "Donor cells", "%")))),
    EVENT(
            "events",
            "clinical event",
            List.of(Section.of(
                    "Clinical event",
                    code("eventType", "Event", "eventType")
                            .hint("Second-line therapy is derived from line 2: record the line instead"),
                    date("eventDate", "Date"),
                    code("subtype", "Clonal evolution into", "clonalEvolution"),
                    longText("detail", "Detail")))),
    RECORDED_RESPONSE(
            "recorded-responses",
            "recorded response",
            List.of(Section.of(
                    "Recorded response",
                    code("timePoint", "Time point", "timePoint"),
                    code("category", "Response", "responseCategory"),
                    longText("note", "On what it rests").hint("e.g. clinic letter of 2024-06-12"))));

    private final String path;
    private final String noun;
    private final List<Section> sections;

    RecordKind(String path, String noun, List<Section> sections) {
        this.path = path;
        this.noun = noun;
        this.sections = sections;
    }

    /** The path segment under a patient, as in the API. */
    public String path() {
        return path;
    }

    /** "blood count", for headings and messages. */
    public String noun() {
        return noun;
    }

    public List<Section> sections() {
        return sections;
    }

    /**
     * The values a correction form starts from: the record as the API shows it, flattened to field names. A
     * transplant shows its engraftment as {date, source, derived, entered}; the form edits what was entered.
     */
    static java.util.Map<String, String> formValues(jakarta.json.JsonObject view) {
        java.util.Map<String, String> values = org.aaregistry.web.api.Json.flatten(view);
        for (String kind : List.of("neutrophil", "platelet")) {
            String entered = values.get(kind + "Engraftment.entered");
            if (entered != null) {
                values.put(kind + "EngraftmentDate", entered);
            }
        }
        return values;
    }

    public static Optional<RecordKind> byPath(String path) {
        for (RecordKind kind : values()) {
            if (kind.path.equals(path)) {
                return Optional.of(kind);
            }
        }
        return Optional.empty();
    }

    /** The patient record itself: identity, diagnosis, work-up, baseline, follow-up. */
    static List<Section> patientSections(boolean enrolling) {
        Section identity = enrolling
                ? Section.of(
                        "Patient",
                        text("studyId", "Study id").hint("The site's pseudonym, e.g. SITEA-0042; never a name"),
                        code("sex", "Sex", "sex"),
                        number("birthYear", "Birth year", null))
                : Section.of("Patient", code("sex", "Sex", "sex"), number("birthYear", "Birth year", null));
        return List.of(
                identity,
                Section.of(
                        "Diagnosis",
                        date("diagnosisDate", "Diagnosis date"),
                        code("cause", "Cause", "cause"),
                        longText("causeDetail", "Cause detail").hint("Drug, toxin or syndrome")),
                Section.of(
                        "Marrow",
                        number("marrow.cellularityPercent", "Cellularity", "%"),
                        number("marrow.residualHematopoieticPercent", "Residual hematopoietic cells", "% of cells"),
                        date("marrow.biopsyDate", "Biopsy date")),
                Section.of(
                        "Baseline counts (before treatment)",
                        date("baselineCounts.date", "Date"),
                        number("baselineCounts.hemoglobin", "Hemoglobin", "g/L"),
                        number("baselineCounts.anc", "ANC", "×10⁹/L"),
                        number("baselineCounts.platelets", "Platelets", "×10⁹/L"),
                        number("baselineCounts.reticulocytes", "Reticulocytes", "×10⁹/L"),
                        code("baselineCounts.reticulocyteMethod", "Reticulocyte method", "reticulocyteMethod"),
                        yesNo("baselineCounts.onGcsf", "On G-CSF"),
                        yesNo("baselineCounts.rbcTransfusionDependent", "Red cell transfusion dependent"),
                        yesNo("baselineCounts.plateletTransfusionDependent", "Platelet transfusion dependent")),
                Section.of(
                        "PNH clone and cytogenetics",
                        number("pnhClone.percent", "PNH clone (granulocytes)", "%"),
                        date("pnhClone.date", "PNH clone measured on"),
                        code("cytogenetics.result", "Cytogenetics", "cytogenetics"),
                        text("cytogenetics.karyotype", "Karyotype")),
                Section.of(
                        "Inherited marrow failure screen",
                        code("inheritedScreen.breakageTest", "Chromosome breakage test", "screenResult"),
                        number("inheritedScreen.telomereLengthPercentile", "Telomere length", "percentile for age"),
                        code("inheritedScreen.geneticPanel", "Genetic panel", "screenResult"),
                        text("inheritedScreen.geneticPanelResult", "Panel result")),
                Section.of(
                        "Follow-up",
                        code("followUp.vitalStatus", "Vital status", "vitalStatus"),
                        date("followUp.lastContactDate", "Last contact"),
                        date("followUp.deathDate", "Date of death"),
                        code("followUp.causeOfDeath", "Cause of death", "causeOfDeath")));
    }
}
