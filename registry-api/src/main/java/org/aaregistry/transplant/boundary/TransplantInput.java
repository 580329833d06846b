package org.aaregistry.transplant.boundary;

import jakarta.json.JsonValue;
import java.time.LocalDate;
import org.aaregistry.patient.boundary.RecordChecks;
import org.aaregistry.patient.boundary.RecordChecks.Dated;
import org.aaregistry.patient.entity.Patient;
import org.aaregistry.problem.control.JsonInput;
import org.aaregistry.transplant.entity.ChronicGvhd;
import org.aaregistry.transplant.entity.Conditioning;
import org.aaregistry.transplant.entity.ConditioningIntensity;
import org.aaregistry.transplant.entity.DonorType;
import org.aaregistry.transplant.entity.Graft;
import org.aaregistry.transplant.entity.GraftFailure;
import org.aaregistry.transplant.entity.GraftSource;
import org.aaregistry.transplant.entity.GvhdProphylaxis;

/**
 * A transplant as a client sends it. Engraftment dates are entered as {@code neutrophilEngraftmentDate} and
 * {@code plateletEngraftmentDate}; the derived ones are the registry's. Rules across fields: everything from
 * day 0 on; a primary graft failure has no neutrophil engraftment; a graft failure date only with a graft
 * failure (its date may be unknown); an onset only with GVHD.
 */
public record TransplantInput(JsonInput json, Graft graft, String reason) {

    private static final String[] REGISTRY_SET = {
        "id",
        "neutrophilEngraftment",
        "plateletEngraftment",
        "version",
        "voided",
        "voidReason",
        "createdAt",
        "createdBy",
        "updatedAt",
        "updatedBy"
    };

    public static TransplantInput read(JsonValue body, boolean revision) {
        JsonInput json = JsonInput.of(body).ignoring(REGISTRY_SET);
        Graft graft = new Graft(
                json.date("transplantDate", true),
                json.code("donorType", DonorType.class, true),
                json.text("hlaMatch", false, 5),
                json.code("graftSource", GraftSource.class, false),
                json.code("conditioning", Conditioning.class, false),
                json.code("conditioningIntensity", ConditioningIntensity.class, false),
                json.code("gvhdProphylaxis", GvhdProphylaxis.class, false),
                json.date("neutrophilEngraftmentDate", false),
                json.date("plateletEngraftmentDate", false),
                json.code("graftFailure", GraftFailure.class, false),
                json.date("graftFailureDate", false),
                json.integer("acuteGvhdGrade", false),
                json.date("acuteGvhdOnset", false),
                json.code("chronicGvhd", ChronicGvhd.class, false),
                json.date("chronicGvhdOnset", false));
        crossCheck(json, graft);
        return new TransplantInput(json, graft, revision ? json.text("reason", true, 500) : null);
    }

    /** The graft after every rule, including its place in the patient's course; 422 listing every problem. */
    public Graft checkedFor(Patient patient, RecordChecks checks) {
        Graft g = graft;
        return checks.checked(
                json,
                g,
                patient,
                true,
                new Dated("$.transplantDate", g.transplantDate()),
                new Dated("$.neutrophilEngraftmentDate", g.neutrophilEngraftmentDate()),
                new Dated("$.plateletEngraftmentDate", g.plateletEngraftmentDate()),
                new Dated("$.graftFailureDate", g.graftFailureDate()),
                new Dated("$.acuteGvhdOnset", g.acuteGvhdOnset()),
                new Dated("$.chronicGvhdOnset", g.chronicGvhdOnset()));
    }

    private static void crossCheck(JsonInput json, Graft g) {
        LocalDate day0 = g.transplantDate();
        fromDay0(json, "neutrophilEngraftmentDate", g.neutrophilEngraftmentDate(), day0);
        fromDay0(json, "plateletEngraftmentDate", g.plateletEngraftmentDate(), day0);
        fromDay0(json, "graftFailureDate", g.graftFailureDate(), day0);
        fromDay0(json, "acuteGvhdOnset", g.acuteGvhdOnset(), day0);
        fromDay0(json, "chronicGvhdOnset", g.chronicGvhdOnset(), day0);
        boolean failed = g.graftFailure() != null && g.graftFailure() != GraftFailure.NONE;
        if (g.graftFailure() == GraftFailure.PRIMARY && g.neutrophilEngraftmentDate() != null) {
            json.invalid("neutrophilEngraftmentDate", "must be empty: a primary graft failure never engrafted");
        }
        if (!failed && g.graftFailureDate() != null) {
            json.invalid("graftFailureDate", "must be empty without a graft failure");
        }
        if ((g.acuteGvhdGrade() == null || g.acuteGvhdGrade() == 0) && g.acuteGvhdOnset() != null) {
            json.invalid("acuteGvhdOnset", "must be empty without acute GVHD (grade I-IV)");
        }
        if ((g.chronicGvhd() == null || g.chronicGvhd() == ChronicGvhd.NONE) && g.chronicGvhdOnset() != null) {
            json.invalid("chronicGvhdOnset", "must be empty without chronic GVHD");
        }
    }

    private static void fromDay0(JsonInput json, String field, LocalDate date, LocalDate day0) {
        if (date != null && day0 != null && date.isBefore(day0)) {
            json.invalid(field, "is before the transplant (" + day0 + ")");
        }
    }
}
