package org.aaregistry.web.patient;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.Response;
import java.util.Map;
import java.util.UUID;
import org.aaregistry.web.api.ApiAnswer;
import org.aaregistry.web.api.Json;
import org.aaregistry.web.api.RegistryClient;
import org.aaregistry.web.form.Form;
import org.aaregistry.web.page.ApiRefusal;
import org.aaregistry.web.page.Me;
import org.aaregistry.web.page.SignedIn;
import org.aaregistry.web.page.View;

/**
 * Enrolling a patient, correcting the patient record (with a reason), and voiding it; reached through {@link
 * PatientsPage} (enrolment) and {@link ChartPage} (the patient's own forms).
 */
@RequestScoped
public class PatientForms {

    @Inject
    RegistryClient api;

    @Inject
    Edits edits;

    @Inject
    SignedIn signedIn;

    View enrolment() {
        return enrolmentView(
                new Form(RecordKind.patientSections(true), Map.of("followUp.vitalStatus", "ALIVE")),
                UUID.randomUUID().toString());
    }

    Response enrol() {
        Form form = edits.typed(RecordKind.patientSections(true));
        String key = edits.parameter("idempotencyKey");
        ApiAnswer answer = api.post(
                "patients", form.body(Map.of("site", edits.parameter("site"))), Map.of("Idempotency-Key", key));
        if (answer.ok()) {
            return Edits.seeOther("/patients/" + answer.object().getString("id") + "?notice=enrolled");
        }
        return edits.refused(answer, enrolmentView(form, key));
    }

    View correction(UUID id) {
        ApiAnswer record = api.get("patients/" + id);
        if (!record.ok()) {
            throw new ApiRefusal(record.problem());
        }
        Form form =
                new Form(RecordKind.patientSections(false), Json.flatten(record.object())).version(record.version());
        return correctionView(id, form, record.object().getString("studyId"));
    }

    Response correct(UUID id) {
        Form form = edits.typed(RecordKind.patientSections(false)).version(edits.parameter("version"));
        return edits.corrected(
                "patients/" + id, correctionView(id, form, edits.parameter("studyId")), "/patients/" + id, "corrected");
    }

    Response voidPatient(UUID id) {
        Form form = new Form(RecordKind.patientSections(false), Map.of());
        return edits.voided(
                "patients/" + id, correctionView(id, form, edits.parameter("studyId")), "/patients/" + id, "voided");
    }

    private View enrolmentView(Form form, String idempotencyKey) {
        Me me = signedIn.me();
        return View.of("records/form")
                .with("title", "Enrol a patient")
                .with("form", form)
                .with("action", "/patients/new")
                .with("cancel", "/patients")
                .with("idempotencyKey", idempotencyKey)
                .with("sites", me.sites().size() > 1 ? me.sites() : null)
                .with("site", edits.parameter("site"));
    }

    private View correctionView(UUID id, Form form, String studyId) {
        return View.of("records/form")
                .with("title", "Correct " + studyId)
                .with("studyId", studyId)
                .with("form", form)
                .with("editing", true)
                .with("action", "/patients/" + id + "/edit")
                .with("voidAction", "/patients/" + id + "/void")
                .with("voidNoun", "patient")
                .with("cancel", "/patients/" + id);
    }
}
