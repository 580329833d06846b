package org.aaregistry.web.audit;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonReader;
import jakarta.json.JsonValue;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.EntityPart;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.aaregistry.web.api.ApiAnswer;
import org.aaregistry.web.api.Query;
import org.aaregistry.web.api.RegistryClient;
import org.aaregistry.web.page.ApiRefusal;
import org.aaregistry.web.page.View;

/**
 * The auditor's pages: the access log and the change history searched by actor, patient, action or operation,
 * outcome, entity and time, paged and exported as CSV; the chains verified on demand, a checkpoint downloaded to
 * keep outside the registry and checked again later; a patient's whole history as a timeline. The API logs every
 * one of these reads.
 */
@RequestScoped
@Path("audit")
@Produces(MediaType.TEXT_HTML)
public class AuditPages {

    private static final List<String> FILTERS =
            List.of("actor", "patient", "action", "operation", "outcome", "entity", "from", "to", "sort");
    private static final Map<String, String> LOGS =
            Map.of("access-log", "Access log", "change-history", "Change history");
    private static final int SIZE = 50;

    @Inject
    RegistryClient api;

    @GET
    @Path("{log: access-log|change-history}")
    public View search(@PathParam("log") String log, @QueryParam("page") Integer page, @Context UriInfo uri) {
        Query query = Query.of(uri.getQueryParameters(), FILTERS);
        int current = page == null || page < 0 ? 0 : page;
        View view = View.of("audit/log")
                .with("log", log)
                .with("title", LOGS.get(log))
                .with("query", query)
                .with("csv", query.on("/audit/" + log + ".csv"));
        ApiAnswer answer = api.get(query.with("page", String.valueOf(current))
                .with("size", String.valueOf(SIZE))
                .on("audit/" + log));
        if (answer.status() == 422) {
            return view.with("problem", answer.problem())
                    .with("entries", List.of())
                    .status(422);
        }
        if (!answer.ok()) {
            throw new ApiRefusal(answer.problem());
        }
        Map<String, Object> data = answer.data();
        return view.with("entries", data.get("items"))
                .with(
                        "previous",
                        current > 0
                                ? query.with("page", String.valueOf(current - 1))
                                        .on("/audit/" + log)
                                : null)
                .with(
                        "next",
                        Boolean.TRUE.equals(data.get("hasMore"))
                                ? query.with("page", String.valueOf(current + 1))
                                        .on("/audit/" + log)
                                : null)
                .with("page", current + 1);
    }

    /** The search as CSV, from the API (which logs it as an export). */
    @GET
    @Path("{log: access-log|change-history}.csv")
    @Produces("text/csv")
    public Response export(@PathParam("log") String log, @Context UriInfo uri) {
        Query query = Query.of(uri.getQueryParameters(), FILTERS);
        ApiAnswer answer = api.get(query.on("audit/" + log), "text/csv");
        if (!answer.ok()) {
            throw new ApiRefusal(answer.problem());
        }
        return Response.ok(answer.body(), "text/csv; charset=UTF-8")
                .header(
                        "Content-Disposition",
                        answer.contentDisposition() != null
                                ? answer.contentDisposition()
                                : "attachment; filename=\"" + log + ".csv\"")
                .build();
    }

    @GET
    @Path("chain")
    public View chain() {
        return View.of("audit/chain");
    }

    /** Verifies both chains now (htmx puts the verdict into the page). */
    @GET
    @Path("chain/verification")
    public View verification() {
        return verdict(api.get("audit/verify"), null);
    }

    @GET
    @Path("checkpoint.json")
    @Produces(MediaType.APPLICATION_JSON)
    public Response checkpoint() {
        ApiAnswer answer = api.get("audit/checkpoint");
        if (!answer.ok()) {
            throw new ApiRefusal(answer.problem());
        }
        return Response.ok(answer.body(), MediaType.APPLICATION_JSON_TYPE)
                .header("Content-Disposition", "attachment; filename=\"aa-registry-checkpoint.json\"")
                .build();
    }

    /** Verifies both chains against a checkpoint exported earlier and uploaded now. */
    @POST
    @Path("chain/verification")
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    public View againstCheckpoint(@FormParam("checkpoint") EntityPart file) throws IOException {
        if (file == null || file.getFileName().orElse("").isBlank()) {
            return View.of("audit/verdict")
                    .with("uploadProblem", "Choose the checkpoint file first.")
                    .status(422);
        }
        JsonValue checkpoint;
        try (InputStream content = file.getContent();
                JsonReader reader =
                        jakarta.json.Json.createReader(new InputStreamReader(content, StandardCharsets.UTF_8))) {
            checkpoint = reader.readValue();
        } catch (RuntimeException unreadable) {
            return View.of("audit/verdict")
                    .with("uploadProblem", "This is not a checkpoint file of the registry (not JSON).")
                    .status(422);
        }
        return verdict(
                api.post("audit/verify", checkpoint, Map.of()),
                file.getFileName().orElse("the checkpoint"));
    }

    @GET
    @Path("patients")
    public View patientHistory(@QueryParam("studyId") String studyId) {
        View view = View.of("audit/patient").with("studyId", studyId == null ? "" : studyId.strip());
        if (studyId == null || studyId.isBlank()) {
            return view;
        }
        ApiAnswer answer = api.get("audit/patients/"
                + java.net.URLEncoder.encode(studyId.strip(), StandardCharsets.UTF_8)
                        .replace("+", "%20") + "/history");
        if (answer.status() == 404) {
            return view.with("notFound", true).status(404);
        }
        if (!answer.ok()) {
            throw new ApiRefusal(answer.problem());
        }
        return view.with("entries", answer.items());
    }

    private View verdict(ApiAnswer answer, String checkpoint) {
        if (answer.status() == 422) {
            return View.of("audit/verdict").with("problem", answer.problem()).status(422);
        }
        if (!answer.ok()) {
            throw new ApiRefusal(answer.problem());
        }
        Map<String, Object> report = answer.data();
        return View.of("audit/verdict")
                .with("report", report)
                .with("chains", List.of(report.get("changeHistory"), report.get("accessLog")))
                .with("checkpoint", checkpoint);
    }
}
