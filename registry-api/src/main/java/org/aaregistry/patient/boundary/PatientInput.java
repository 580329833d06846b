package org.aaregistry.patient.boundary;

import jakarta.json.JsonValue;
import org.aaregistry.patient.entity.BaselineCounts;
import org.aaregistry.patient.entity.Cause;
import org.aaregistry.patient.entity.CauseOfDeath;
import org.aaregistry.patient.entity.Cytogenetics;
import org.aaregistry.patient.entity.CytogeneticsResult;
import org.aaregistry.patient.entity.FollowUp;
import org.aaregistry.patient.entity.InheritedScreen;
import org.aaregistry.patient.entity.Marrow;
import org.aaregistry.patient.entity.PatientFacts;
import org.aaregistry.patient.entity.PnhClone;
import org.aaregistry.patient.entity.ReticulocyteMethod;
import org.aaregistry.patient.entity.ScreenResult;
import org.aaregistry.patient.entity.Sex;
import org.aaregistry.patient.entity.VitalStatus;
import org.aaregistry.problem.control.JsonInput;

/**
 * A patient record as a client sends it (JSON, field names as in {@link PatientView}). The study id and the
 * site are read on creation only; on update the client must give a reason. What the registry sets itself
 * (id, version, severity, ...) may be sent back unchanged and is ignored.
 */
public record PatientInput(JsonInput json, String studyId, String site, PatientFacts facts, String reason) {

    private static final String[] REGISTRY_SET = {
        "id",
        "version",
        "severity",
        "firstLineRegimen",
        "voided",
        "voidedAt",
        "voidedBy",
        "voidReason",
        "createdAt",
        "createdBy",
        "updatedAt",
        "updatedBy",
        "ageAtDiagnosis"
    };

    public static PatientInput forCreate(JsonValue body) {
        JsonInput json = JsonInput.of(body).ignoring(REGISTRY_SET);
        String studyId = json.text("studyId", true, 40);
        if (studyId != null && !studyId.matches("[A-Za-z0-9][A-Za-z0-9_-]{0,39}")) {
            json.invalid("studyId", "must be letters, digits, '-' or '_' (a pseudonym such as SITEA-0001)");
        }
        String site = json.text("site", false, 20);
        return new PatientInput(json, studyId, site, facts(json), null);
    }

    static PatientInput forUpdate(JsonValue body) {
        JsonInput json = JsonInput.of(body).ignoring(REGISTRY_SET).ignoring("studyId");
        String site = json.text("site", false, 20);
        PatientFacts facts = facts(json);
        return new PatientInput(json, null, site, facts, json.text("reason", true, 500));
    }

    static PatientFacts facts(JsonInput json) {
        return new PatientFacts(
                json.code("sex", Sex.class, true),
                json.integer("birthYear", true),
                json.date("diagnosisDate", true),
                json.code("cause", Cause.class, true),
                json.text("causeDetail", false, 500),
                inheritedScreen(json.object("inheritedScreen", false)),
                pnhClone(json.object("pnhClone", false)),
                cytogenetics(json.object("cytogenetics", false)),
                marrow(json.object("marrow", false)),
                baselineCounts(json.object("baselineCounts", false)),
                followUp(json.object("followUp", true)));
    }

    private static InheritedScreen inheritedScreen(JsonInput json) {
        return json == null
                ? null
                : new InheritedScreen(
                        json.code("breakageTest", ScreenResult.class, false),
                        json.decimal("telomereLengthPercentile", false),
                        json.code("geneticPanel", ScreenResult.class, false),
                        json.text("geneticPanelResult", false, 500));
    }

    private static PnhClone pnhClone(JsonInput json) {
        return json == null
                ? null
                : new PnhClone(json.ignoring("present").decimal("percent", false), json.date("date", false));
    }

    private static CytogeneticsResult cytogenetics(JsonInput json) {
        return json == null
                ? null
                : new CytogeneticsResult(
                        json.code("result", Cytogenetics.class, false), json.text("karyotype", false, 500));
    }

    private static Marrow marrow(JsonInput json) {
        return json == null
                ? null
                : new Marrow(
                        json.decimal("cellularityPercent", false),
                        json.decimal("residualHematopoieticPercent", false),
                        json.date("biopsyDate", false));
    }

    private static BaselineCounts baselineCounts(JsonInput json) {
        return json == null
                ? null
                : new BaselineCounts(
                        json.decimal("hemoglobin", false),
                        json.decimal("anc", false),
                        json.decimal("platelets", false),
                        json.decimal("reticulocytes", false),
                        json.code("reticulocyteMethod", ReticulocyteMethod.class, false),
                        json.date("date", false),
                        json.bool("onGcsf", false),
                        json.bool("rbcTransfusionDependent", false),
                        json.bool("plateletTransfusionDependent", false));
    }

    private static FollowUp followUp(JsonInput json) {
        if (json == null) {
            return null;
        }
        VitalStatus status = json.code("vitalStatus", VitalStatus.class, true);
        return new FollowUp(
                status,
                json.date("lastContactDate", true),
                json.date("deathDate", false),
                json.code("causeOfDeath", CauseOfDeath.class, false));
    }
}
