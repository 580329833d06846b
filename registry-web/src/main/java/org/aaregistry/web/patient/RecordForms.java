package org.aaregistry.web.patient;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.Map;
import java.util.UUID;
import org.aaregistry.web.api.ApiAnswer;
import org.aaregistry.web.api.RegistryClient;
import org.aaregistry.web.form.Form;
import org.aaregistry.web.page.ApiRefusal;
import org.aaregistry.web.page.View;

/**
 * Entering, correcting and voiding the parts of a patient's record: blood counts (several at once, in a grid),
 * treatment lines, transplants and their chimerism, clinical events and recorded responses. Every form goes to the
 * API as it was typed; the API's verdict comes back beside the fields.
 */
@RequestScoped
@Path("patients/{id: " + ChartPage.ID + "}/{kind: blood-counts|treatment-lines|transplants|events|recorded-responses}")
@Produces(MediaType.TEXT_HTML)
public class RecordForms {

    @Inject
    RegistryClient api;

    @Inject
    Edits edits;

    @Inject
    CountGrid grid;

    @PathParam("id")
    UUID patient;

    @PathParam("kind")
    String kindPath;

    @GET
    @Path("new")
    public View entry() {
        if (kindPath.equals(RecordKind.BLOOD_COUNT.path())) {
            return grid.view(patient, null);
        }
        RecordKind kind = kind(kindPath);
        return entryView(kind, new Form(kind.sections(), Map.of()), "/patients/" + patient + "/" + kindPath + "/new");
    }

    @POST
    @Path("new")
    public Response enter() {
        if (kindPath.equals(RecordKind.BLOOD_COUNT.path())) {
            return grid.save(patient);
        }
        RecordKind kind = kind(kindPath);
        Form form = edits.typed(kind.sections());
        Map<String, String> extra = kind == RecordKind.RECORDED_RESPONSE
                ? Map.of("treatmentLineId", edits.parameter("treatmentLineId"))
                : Map.of();
        ApiAnswer answer = api.post(
                "patients/" + patient + "/" + kindPath,
                form.body(extra),
                Map.of("Idempotency-Key", edits.parameter("idempotencyKey")));
        View view = entryView(kind, form, "/patients/" + patient + "/" + kindPath + "/new");
        return edits.created(answer, view, chart(), "added");
    }

    @GET
    @Path("{transplant}/chimerism/new")
    public View chimerismEntry(@PathParam("transplant") UUID transplant) {
        onlyUnderTransplants();
        return entryView(
                RecordKind.CHIMERISM,
                new Form(RecordKind.CHIMERISM.sections(), Map.of()),
                "/patients/" + patient + "/transplants/" + transplant + "/chimerism/new");
    }

    @POST
    @Path("{transplant}/chimerism/new")
    public Response enterChimerism(@PathParam("transplant") UUID transplant) {
        onlyUnderTransplants();
        Form form = edits.typed(RecordKind.CHIMERISM.sections());
        String path = "patients/" + patient + "/transplants/" + transplant + "/chimerism";
        ApiAnswer answer =
                api.post(path, form.body(Map.of()), Map.of("Idempotency-Key", edits.parameter("idempotencyKey")));
        return edits.created(answer, entryView(RecordKind.CHIMERISM, form, "/" + path + "/new"), chart(), "added");
    }

    @GET
    @Path("{record}/edit")
    public View correction(@PathParam("record") UUID record) {
        RecordKind kind = kind(kindPath);
        ApiAnswer answer = api.get(recordPath(kindPath, record));
        if (!answer.ok()) {
            throw new ApiRefusal(answer.problem());
        }
        JsonObject json = answer.object();
        Form form = new Form(kind.sections(), RecordKind.formValues(json)).version(answer.version());
        return correctionView(kind, kindPath, record, form);
    }

    @POST
    @Path("{record}/edit")
    public Response correct(@PathParam("record") UUID record) {
        RecordKind kind = kind(kindPath);
        Form form = edits.typed(kind.sections()).version(edits.parameter("version"));
        return edits.corrected(
                recordPath(kindPath, record), correctionView(kind, kindPath, record, form), chart(), "corrected");
    }

    @POST
    @Path("{record}/void")
    public Response voidRecord(@PathParam("record") UUID record) {
        RecordKind kind = kind(kindPath);
        return edits.voided(
                recordPath(kindPath, record),
                correctionView(kind, kindPath, record, new Form(kind.sections(), Map.of())),
                chart(),
                "voided");
    }

    private View entryView(RecordKind kind, Form form, String action) {
        View view = View.of("records/form")
                .with("title", "Add a " + kind.noun() + ": " + studyId())
                .with("form", form)
                .with("action", action)
                .with("cancel", chart())
                .with("idempotencyKey", orNew(edits.parameter("idempotencyKey")));
        if (kind == RecordKind.RECORDED_RESPONSE) {
            ApiAnswer lines = api.get("patients/" + patient + "/treatment-lines");
            if (!lines.ok()) {
                throw new ApiRefusal(lines.problem());
            }
            view.with("lines", lines.items()).with("treatmentLineId", edits.parameter("treatmentLineId"));
        }
        return view;
    }

    private View correctionView(RecordKind kind, String kindPath, UUID record, Form form) {
        String base = "/patients/" + patient + "/" + kindPath + "/" + record;
        return View.of("records/form")
                .with("title", "Correct a " + kind.noun() + ": " + studyId())
                .with("form", form)
                .with("editing", true)
                .with("action", base + "/edit")
                .with("voidAction", base + "/void")
                .with("voidNoun", kind.noun())
                .with("cancel", chart());
    }

    /** The patient's study id, for the page's title; a patient out of the user's scope is not found here either. */
    private String studyId() {
        ApiAnswer answer = api.get("patients/" + patient);
        if (!answer.ok()) {
            throw new ApiRefusal(answer.problem());
        }
        return answer.object().getString("studyId");
    }

    private void onlyUnderTransplants() {
        if (!kindPath.equals(RecordKind.TRANSPLANT.path())) {
            throw new NotFoundException();
        }
    }

    private String recordPath(String kindPath, UUID record) {
        return "patients/" + patient + "/" + kindPath + "/" + record;
    }

    private String chart() {
        return "/patients/" + patient;
    }

    private static RecordKind kind(String path) {
        return RecordKind.byPath(path).orElseThrow(NotFoundException::new);
    }

    private static String orNew(String key) {
        return key.isEmpty() ? UUID.randomUUID().toString() : key;
    }
}
