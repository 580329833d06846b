package org.aaregistry.labs.boundary;

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
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import java.util.UUID;
import org.aaregistry.audit.boundary.AccessLogged;
import org.aaregistry.audit.boundary.VoidRequest;
import org.aaregistry.audit.entity.AccessAction;
import org.aaregistry.idempotency.boundary.Creation;
import org.aaregistry.idempotency.boundary.IdempotentCreations;
import org.aaregistry.labs.entity.BloodCount;
import org.aaregistry.patient.boundary.PatientRecords;
import org.aaregistry.patient.boundary.RecordChecks;
import org.aaregistry.patient.control.PatientScope;
import org.aaregistry.security.boundary.Roles;
import org.aaregistry.security.control.Caller;
import org.aaregistry.versioning.boundary.Versions;
import org.eclipse.microprofile.openapi.annotations.Operation;

/** A patient's blood counts over time. Adding or correcting a count recomputes the derived responses. */
@RequestScoped
@Transactional
@Path("patients/{patientId}/blood-counts")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.COORDINATOR, Roles.INVESTIGATOR})
public class BloodCountsResource {

    private static final String RESOURCE = "blood_count";

    @Inject
    PatientRecords records;

    @Inject
    RecordChecks checks;

    @Inject
    IdempotentCreations idempotent;

    @Inject
    Caller caller;

    @Inject
    PatientScope scope;

    @PathParam("patientId")
    UUID patientId;

    @GET
    @AccessLogged(action = AccessAction.LIST, resource = RESOURCE)
    @Operation(summary = "The patient's blood counts, oldest first")
    public List<BloodCountView> list(@QueryParam("includeVoided") boolean includeVoided) {
        boolean freeText = scope.seesFreeText();
        return records.list(patientId, BloodCount.class, "sampleDate", includeVoided).stream()
                .map(count -> BloodCountView.of(count, freeText))
                .toList();
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.COORDINATOR)
    @AccessLogged(action = AccessAction.CREATE, resource = RESOURCE)
    @Operation(summary = "Record a blood count; accepts Idempotency-Key")
    public Response add(JsonValue body, @HeaderParam("Idempotency-Key") String key, @Context UriInfo uri) {
        return idempotent.once(key, uri.getPath(), body, () -> {
            BloodCount count = records.add(patientId, patient -> {
                BloodCount.Values values = BloodCountInput.read(body, false).checkedFor(patient, checks);
                return new BloodCount(patient, values, caller.username());
            });
            return new Creation(
                    uri.getAbsolutePathBuilder().path(count.id().toString()).build(),
                    BloodCountView.of(count, scope.seesFreeText()),
                    count.version());
        });
    }

    @GET
    @Path("{id}")
    @AccessLogged(action = AccessAction.READ, resource = RESOURCE)
    public Response read(@PathParam("id") UUID id) {
        BloodCount count = records.read(patientId, BloodCount.class, id);
        return Response.ok(BloodCountView.of(count, scope.seesFreeText()))
                .tag(Versions.tag(count.version()))
                .build();
    }

    @PUT
    @Path("{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.COORDINATOR)
    @AccessLogged(action = AccessAction.UPDATE, resource = RESOURCE)
    @Operation(summary = "Correct a blood count; needs If-Match and a reason")
    public Response correct(@PathParam("id") UUID id, JsonValue body, @Context HttpHeaders headers) {
        long expected = Versions.expected(headers);
        BloodCountInput input = BloodCountInput.read(body, true);
        BloodCount count = records.change(patientId, BloodCount.class, id, expected, input.reason(), (patient, c) -> {
            BloodCount.Values values = input.checkedFor(patient, checks);
            return () -> c.correct(values, caller.username());
        });
        return Response.ok(BloodCountView.of(count, scope.seesFreeText()))
                .tag(Versions.tag(count.version()))
                .build();
    }

    @DELETE
    @Path("{id}")
    @RolesAllowed(Roles.COORDINATOR)
    @AccessLogged(action = AccessAction.DELETE, resource = RESOURCE)
    @Operation(summary = "Void a blood count entered in error; needs If-Match and a reason")
    public Response voidCount(@PathParam("id") UUID id, JsonValue body, @Context HttpHeaders headers) {
        long expected = Versions.expected(headers);
        BloodCount count = records.voidRecord(
                patientId, BloodCount.class, id, expected, VoidRequest.reason(body), caller.username());
        return Response.ok(BloodCountView.of(count, scope.seesFreeText()))
                .tag(Versions.tag(count.version()))
                .build();
    }
}
