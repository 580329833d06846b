package org.aaregistry.transplant.boundary;

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
import org.aaregistry.patient.boundary.PatientRecords;
import org.aaregistry.patient.boundary.RecordChecks;
import org.aaregistry.patient.control.PatientScope;
import org.aaregistry.security.boundary.Roles;
import org.aaregistry.security.control.Caller;
import org.aaregistry.transplant.entity.Graft;
import org.aaregistry.transplant.entity.Transplant;
import org.aaregistry.versioning.boundary.Versions;
import org.eclipse.microprofile.openapi.annotations.Operation;

/** A patient's transplants. */
@RequestScoped
@Transactional
@Path("patients/{patientId}/transplants")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.COORDINATOR, Roles.INVESTIGATOR})
public class TransplantsResource {

    private static final String RESOURCE = "transplant";

    @Inject
    PatientRecords records;

    @Inject
    RecordChecks checks;

    @Inject
    PatientScope scope;

    @Inject
    IdempotentCreations idempotent;

    @Inject
    Caller caller;

    @PathParam("patientId")
    UUID patientId;

    @GET
    @AccessLogged(action = AccessAction.LIST, resource = RESOURCE)
    @Operation(summary = "The patient's transplants, first first")
    public List<TransplantView> list(@QueryParam("includeVoided") boolean includeVoided) {
        boolean freeText = scope.seesFreeText();
        return records.list(patientId, Transplant.class, "transplantDate", includeVoided).stream()
                .map(transplant -> TransplantView.of(transplant, freeText))
                .toList();
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.COORDINATOR)
    @AccessLogged(action = AccessAction.CREATE, resource = RESOURCE)
    @Operation(summary = "Record a transplant; accepts Idempotency-Key")
    public Response add(JsonValue body, @HeaderParam("Idempotency-Key") String key, @Context UriInfo uri) {
        return idempotent.once(key, uri.getPath(), body, () -> {
            Transplant transplant = records.add(
                    patientId,
                    patient -> new Transplant(
                            patient, TransplantInput.read(body, false).checkedFor(patient, checks), caller.username()));
            return new Creation(
                    uri.getAbsolutePathBuilder()
                            .path(transplant.id().toString())
                            .build(),
                    TransplantView.of(transplant, true),
                    transplant.version());
        });
    }

    @GET
    @Path("{id}")
    @AccessLogged(action = AccessAction.READ, resource = RESOURCE)
    public Response read(@PathParam("id") UUID id) {
        Transplant transplant = records.read(patientId, Transplant.class, id);
        return Response.ok(TransplantView.of(transplant, scope.seesFreeText()))
                .tag(Versions.tag(transplant.version()))
                .build();
    }

    @PUT
    @Path("{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.COORDINATOR)
    @AccessLogged(action = AccessAction.UPDATE, resource = RESOURCE)
    @Operation(summary = "Revise a transplant (GVHD, graft failure, engraftment); needs If-Match and a reason")
    public Response revise(@PathParam("id") UUID id, JsonValue body, @Context HttpHeaders headers) {
        long expected = Versions.expected(headers);
        TransplantInput input = TransplantInput.read(body, true);
        Transplant transplant =
                records.change(patientId, Transplant.class, id, expected, input.reason(), (patient, current) -> {
                    Graft graft = input.checkedFor(patient, checks);
                    return () -> current.revise(graft, caller.username());
                });
        return Response.ok(TransplantView.of(transplant, true))
                .tag(Versions.tag(transplant.version()))
                .build();
    }

    @DELETE
    @Path("{id}")
    @RolesAllowed(Roles.COORDINATOR)
    @AccessLogged(action = AccessAction.DELETE, resource = RESOURCE)
    @Operation(summary = "Void a transplant entered in error; needs If-Match and a reason")
    public Response voidTransplant(@PathParam("id") UUID id, JsonValue body, @Context HttpHeaders headers) {
        long expected = Versions.expected(headers);
        Transplant transplant = records.voidRecord(
                patientId, Transplant.class, id, expected, VoidRequest.reason(body), caller.username());
        return Response.ok(TransplantView.of(transplant, true))
                .tag(Versions.tag(transplant.version()))
                .build();
    }
}
