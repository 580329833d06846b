package org.aaregistry.outcome.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonValue;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.UUID;
import org.aaregistry.audit.boundary.AccessLogged;
import org.aaregistry.audit.boundary.VoidRequest;
import org.aaregistry.audit.entity.AccessAction;
import org.aaregistry.idempotency.boundary.Creation;
import org.aaregistry.idempotency.boundary.IdempotentCreations;
import org.aaregistry.outcome.control.ResponseRecords;
import org.aaregistry.outcome.entity.RecordedResponse;
import org.aaregistry.outcome.entity.ResponseCategory;
import org.aaregistry.outcome.entity.ResponseSource;
import org.aaregistry.patient.boundary.PatientRecords;
import org.aaregistry.problem.boundary.Refusal;
import org.aaregistry.problem.control.JsonInput;
import org.aaregistry.security.boundary.Roles;
import org.aaregistry.security.control.Caller;
import org.aaregistry.treatment.entity.TreatmentLine;
import org.aaregistry.versioning.boundary.Versions;
import org.eclipse.microprofile.openapi.annotations.Operation;

/**
 * Responses recorded by people: one per line and time point, CR, PR or NR, with a note saying on what it rests
 * (e.g. "assessed in clinic, counts not in the registry"). The registry's derived response stays beside it.
 */
@RequestScoped
@Transactional
@Path("patients/{patientId}/recorded-responses")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.COORDINATOR)
public class RecordedResponsesResource {

    private static final String RESOURCE = "recorded_response";

    @Inject
    PatientRecords records;

    @Inject
    ResponseRecords responses;

    @Inject
    IdempotentCreations idempotent;

    @Inject
    Caller caller;

    @PathParam("patientId")
    UUID patientId;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @AccessLogged(action = AccessAction.CREATE, resource = RESOURCE)
    @Operation(summary = "Record a response for a line and time point, with a note; accepts Idempotency-Key")
    public Response record(JsonValue body, @HeaderParam("Idempotency-Key") String key, @Context UriInfo uri) {
        return idempotent.once(key, uri.getPath(), body, () -> {
            RecordedResponse response = records.add(patientId, patient -> {
                RecordedResponseInput input = RecordedResponseInput.read(body).finish();
                TreatmentLine line = records.read(patientId, TreatmentLine.class, input.treatmentLineId());
                if (responses.recorded(line, input.timePoint())) {
                    throw Refusal.conflict("A response is recorded for this line at " + input.timePoint()
                            + "; revise it (PUT) instead");
                }
                return new RecordedResponse(
                        line,
                        input.timePoint(),
                        input.category(),
                        ResponseSource.ENTERED,
                        input.note(),
                        caller.username());
            });
            return new Creation(
                    uri.getAbsolutePathBuilder().path(response.id().toString()).build(),
                    view(response),
                    response.version());
        });
    }

    @GET
    @Path("{id}")
    @AccessLogged(action = AccessAction.READ, resource = RESOURCE)
    @Operation(summary = "One recorded response, with its version as the ETag a revision needs")
    public Response read(@PathParam("id") UUID id) {
        RecordedResponse response = records.read(patientId, RecordedResponse.class, id);
        return Response.ok(view(response)).tag(Versions.tag(response.version())).build();
    }

    @PUT
    @Path("{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @AccessLogged(action = AccessAction.UPDATE, resource = RESOURCE)
    @Operation(summary = "Revise a recorded response; needs If-Match and a reason")
    public Response revise(@PathParam("id") UUID id, JsonValue body, @Context HttpHeaders headers) {
        long expected = Versions.expected(headers);
        JsonInput json =
                JsonInput.of(body).ignoring("treatmentLineId", "timePoint", "source", "version", "id", "voided");
        ResponseCategory category = RecordedResponseInput.category(json);
        String note = json.text("note", true, 500);
        String reason = json.text("reason", true, 500);
        RecordedResponse response =
                records.change(patientId, RecordedResponse.class, id, expected, reason, (patient, current) -> {
                    json.finish();
                    return () -> current.revise(category, note, caller.username());
                });
        return Response.ok(view(response)).tag(Versions.tag(response.version())).build();
    }

    @DELETE
    @Path("{id}")
    @AccessLogged(action = AccessAction.DELETE, resource = RESOURCE)
    @Operation(summary = "Void a recorded response; needs If-Match and a reason")
    public Response voidResponse(@PathParam("id") UUID id, JsonValue body, @Context HttpHeaders headers) {
        long expected = Versions.expected(headers);
        RecordedResponse response = records.voidRecord(
                patientId, RecordedResponse.class, id, expected, VoidRequest.reason(body), caller.username());
        return Response.ok(view(response)).tag(Versions.tag(response.version())).build();
    }

    private static LineResponses.Recorded view(RecordedResponse r) {
        return new LineResponses.Recorded(r.id(), r.category(), r.source(), r.note(), r.version(), r.voided());
    }
}
