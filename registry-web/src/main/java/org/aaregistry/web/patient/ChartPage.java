package org.aaregistry.web.patient;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import org.aaregistry.web.api.ApiAnswer;
import org.aaregistry.web.api.RegistryClient;
import org.aaregistry.web.page.ApiRefusal;
import org.aaregistry.web.page.Codes;
import org.aaregistry.web.page.View;

/**
 * One patient on one page: baseline and severity with the criteria met, the blood counts over time with the lines
 * and transplants marked, treatment lines, transplants with engraftment, GVHD and chimerism, derived and recorded
 * responses side by side, events, follow-up and the record's change history. Everything shown is the API's
 * answer; the page derives nothing.
 */
@RequestScoped
@Path("patients/{id: " + ChartPage.ID + "}")
@Produces(MediaType.TEXT_HTML)
public class ChartPage {

    /** A patient's id in a path: a UUID, so that "new" and the like are never taken for one. */
    static final String ID = "[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}";

    private static final List<String> RULE_SETS = List.of("NIH", "RACE", "BSH");

    @Inject
    RegistryClient api;

    @Inject
    Codes codes;

    @Inject
    PatientForms forms;

    @GET
    @Path("edit")
    public View correction(@PathParam("id") UUID id) {
        return forms.correction(id);
    }

    @POST
    @Path("edit")
    public jakarta.ws.rs.core.Response correct(@PathParam("id") UUID id) {
        return forms.correct(id);
    }

    @POST
    @Path("void")
    public jakarta.ws.rs.core.Response voidPatient(@PathParam("id") UUID id) {
        return forms.voidPatient(id);
    }

    /**
     * The record's change history, asked for by the chart when it scrolls into view (it is the longest part of the
     * page and the last): only coordinators read it; the API refuses anyone else, which the fragment says.
     */
    @GET
    @Path("history")
    public View history(@PathParam("id") UUID id) {
        ApiAnswer answer = api.get("patients/" + id + "/history");
        View view = View.of("patients/history");
        return answer.ok() ? view.with("history", answer.items()) : view.with("problem", answer.problem());
    }

    @GET
    public View chart(
            @PathParam("id") UUID id,
            @QueryParam("ruleSet") @DefaultValue("NIH") String ruleSet,
            @QueryParam("notice") String notice,
            @QueryParam("n") Integer n) {
        String rules = RULE_SETS.contains(ruleSet) ? ruleSet : "NIH";
        String base = "patients/" + id;
        CompletableFuture<ApiAnswer> patient = api.getAsync(base);
        CompletableFuture<ApiAnswer> counts = api.getAsync(base + "/blood-counts");
        CompletableFuture<ApiAnswer> lines = api.getAsync(base + "/treatment-lines");
        CompletableFuture<ApiAnswer> transplants = api.getAsync(base + "/transplants");
        CompletableFuture<ApiAnswer> events = api.getAsync(base + "/events");
        CompletableFuture<ApiAnswer> responses = api.getAsync(base + "/responses?ruleSet=" + rules);
        ApiAnswer record = patient.join();
        if (!record.ok()) {
            throw new ApiRefusal(record.problem());
        }
        Map<String, Object> p = record.data();
        List<Map<String, Object>> transplantList = required(transplants.join()).items();
        // A transplant's chimerism is its own resource: ask for all of them at once, not one after another.
        List<CompletableFuture<ApiAnswer>> chimerism = transplantList.stream()
                .map(t -> api.getAsync(base + "/transplants/" + t.get("id") + "/chimerism"))
                .toList();
        List<Map<String, Object>> withChimerism = new ArrayList<>();
        for (int i = 0; i < transplantList.size(); i++) {
            Map<String, Object> t = new LinkedHashMap<>(transplantList.get(i));
            t.put("chimerism", required(chimerism.get(i).join()).items());
            withChimerism.add(t);
        }
        ApiAnswer countAnswer = required(counts.join());
        ApiAnswer lineAnswer = required(lines.join());
        return View.of("patients/chart")
                .with("notice", notice(notice, n))
                .with("patient", p)
                .with("patientVersion", record.version())
                .with("demoSite", codes.demoSite(api, (String) p.get("site")))
                .with("counts", countAnswer.items())
                .with("lines", lineAnswer.items())
                .with("transplants", withChimerism)
                .with("events", required(events.join()).items())
                .with("responses", required(responses.join()).items())
                .with("ruleSet", rules)
                .with("ruleSets", RULE_SETS)
                .with(
                        "courseJson",
                        course(
                                countAnswer.json().asJsonArray(),
                                lineAnswer.json().asJsonArray(),
                                transplantList));
    }

    /** What the last form did, after it brought the user back here. */
    private static String notice(String notice, Integer n) {
        if (notice == null) {
            return null;
        }
        return switch (notice) {
            case "enrolled" -> "Patient enrolled; severity is derived from the marrow and the baseline counts.";
            case "counts" ->
                (n == null ? "The" : n + (n == 1 ? " blood count" : " blood counts"))
                        + " saved; responses and engraftment were derived again.";
            case "added" -> "Saved; the derived values were computed again.";
            case "corrected" -> "Correction saved with its reason; the derived values were computed again.";
            case "voided" -> "Voided: the record stays in the registry and its history, out of lists and reports.";
            default -> null;
        };
    }

    private static ApiAnswer required(ApiAnswer answer) {
        if (!answer.ok()) {
            throw new ApiRefusal(answer.problem());
        }
        return answer;
    }

    /**
     * What the counts chart draws, as a JSON data block the page's script reads (never executed): the counts, the
     * lines with their labels, the transplant dates. Values as the API gave them.
     */
    private String course(JsonArray counts, JsonArray lines, List<Map<String, Object>> transplants) {
        JsonArrayBuilder countsOut = Json.createArrayBuilder();
        for (JsonValue value : counts) {
            JsonObject c = value.asJsonObject();
            countsOut.add(Json.createObjectBuilder()
                    .add("date", c.getString("sampleDate"))
                    .add("hemoglobin", c.get("hemoglobin") == null ? JsonValue.NULL : c.get("hemoglobin"))
                    .add("anc", c.get("anc") == null ? JsonValue.NULL : c.get("anc"))
                    .add("platelets", c.get("platelets") == null ? JsonValue.NULL : c.get("platelets"))
                    .add(
                            "transfused",
                            c.getBoolean("rbcTransfused", false) || c.getBoolean("plateletsTransfused", false)));
        }
        JsonArrayBuilder linesOut = Json.createArrayBuilder();
        for (JsonValue value : lines) {
            JsonObject l = value.asJsonObject();
            linesOut.add(Json.createObjectBuilder()
                    .add("label", "Line " + l.getInt("lineNumber") + ": " + codes.label(l.getString("regimen")))
                    .add("start", l.getString("startDate"))
                    .add("end", l.containsKey("endDate") ? l.get("endDate") : JsonValue.NULL));
        }
        JsonArrayBuilder transplantsOut = Json.createArrayBuilder();
        transplants.forEach(t -> transplantsOut.add(String.valueOf(t.get("transplantDate"))));
        return Json.createObjectBuilder()
                .add("counts", countsOut)
                .add("lines", linesOut)
                .add("transplants", transplantsOut)
                .build()
                .toString()
                // a data block ends at the first "</script": no value may contain one
                .replace("<", "\\u003c");
    }
}
