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
import org.aaregistry.problem.boundary.Refusal;
import org.aaregistry.security.boundary.Roles;
import org.aaregistry.security.control.Caller;
import org.aaregistry.transplant.entity.Chimerism;
import org.aaregistry.transplant.entity.Transplant;
import org.aaregistry.versioning.boundary.Versions;
import org.eclipse.microprofile.openapi.annotations.Operation;

/** Donor chimerism after one transplant of a patient. */
@RequestScoped
@Transactional
@Path("patients/{patientId}/transplants/{transplantId}/chimerism")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.COORDINATOR, Roles.INVESTIGATOR})
public class ChimerismResource {

    private static final String RESOURCE = "chimerism";

    @Inject
    PatientRecords records;

    @Inject
    RecordChecks checks;

    @Inject
    IdempotentCreations idempotent;

    @Inject
    Caller caller;

    @PathParam("patientId")
    UUID patientId;

    @PathParam("transplantId")
    UUID transplantId;

    @GET
    @AccessLogged(action = AccessAction.LIST, resource = RESOURCE)
    public List<ChimerismView> list() {
        records.read(patientId, Transplant.class, transplantId);
        return records.list(patientId, Chimerism.class, "sampleDate", false).stream()
                .filter(c -> c.transplant().id().equals(transplantId))
                .map(ChimerismView::of)
                .toList();
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.COORDINATOR)
    @AccessLogged(action = AccessAction.CREATE, resource = RESOURCE)
    @Operation(summary = "Record a chimerism result; accepts Idempotency-Key")
    public Response add(JsonValue body, @HeaderParam("Idempotency-Key") String key, @Context UriInfo uri) {
        return idempotent.once(key, uri.getPath(), body, () -> {
            Chimerism chimerism = records.add(patientId, patient -> {
                Transplant transplant = records.read(patientId, Transplant.class, transplantId);
                Chimerism.Result result = ChimerismInput.read(body, false).checkedFor(transplant, checks);
                return new Chimerism(transplant, result, caller.username());
            });
            return new Creation(
                    uri.getAbsolutePathBuilder().path(chimerism.id().toString()).build(),
                    ChimerismView.of(chimerism),
                    chimerism.version());
        });
    }

    @GET
    @Path("{id}")
    @AccessLogged(action = AccessAction.READ, resource = RESOURCE)
    public Response read(@PathParam("id") UUID id) {
        Chimerism chimerism = ofThisTransplant(records.read(patientId, Chimerism.class, id));
        return Response.ok(ChimerismView.of(chimerism))
                .tag(Versions.tag(chimerism.version()))
                .build();
    }

    @PUT
    @Path("{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.COORDINATOR)
    @AccessLogged(action = AccessAction.UPDATE, resource = RESOURCE)
    public Response correct(@PathParam("id") UUID id, JsonValue body, @Context HttpHeaders headers) {
        long expected = Versions.expected(headers);
        ChimerismInput input = ChimerismInput.read(body, true);
        Chimerism chimerism =
                records.change(patientId, Chimerism.class, id, expected, input.reason(), (patient, current) -> {
                    Chimerism.Result result =
                            input.checkedFor(ofThisTransplant(current).transplant(), checks);
                    return () -> current.correct(result, caller.username());
                });
        return Response.ok(ChimerismView.of(chimerism))
                .tag(Versions.tag(chimerism.version()))
                .build();
    }

    @DELETE
    @Path("{id}")
    @RolesAllowed(Roles.COORDINATOR)
    @AccessLogged(action = AccessAction.DELETE, resource = RESOURCE)
    public Response voidResult(@PathParam("id") UUID id, JsonValue body, @Context HttpHeaders headers) {
        long expected = Versions.expected(headers);
        ofThisTransplant(records.read(patientId, Chimerism.class, id));
        Chimerism chimerism = records.voidRecord(
                patientId, Chimerism.class, id, expected, VoidRequest.reason(body), caller.username());
        return Response.ok(ChimerismView.of(chimerism))
                .tag(Versions.tag(chimerism.version()))
                .build();
    }

    private Chimerism ofThisTransplant(Chimerism chimerism) {
        if (!chimerism.transplant().id().equals(transplantId)) {
            throw Refusal.notFound("record");
        }
        return chimerism;
    }
}
