package org.aaregistry.treatment.boundary;

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
import org.aaregistry.patient.entity.Patient;
import org.aaregistry.security.boundary.Roles;
import org.aaregistry.security.control.Caller;
import org.aaregistry.treatment.control.LineOrder;
import org.aaregistry.treatment.entity.Intent;
import org.aaregistry.treatment.entity.TreatmentLine;
import org.aaregistry.versioning.boundary.Versions;
import org.eclipse.microprofile.openapi.annotations.Operation;

/** A patient's treatment lines. Adding, revising or voiding a line renumbers the lines and recomputes responses. */
@RequestScoped
@Transactional
@Path("patients/{patientId}/treatment-lines")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.COORDINATOR, Roles.INVESTIGATOR})
public class TreatmentLinesResource {

    private static final String RESOURCE = "treatment_line";

    @Inject
    LineOrder lineOrder;

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
    @Operation(summary = "The patient's treatment lines in order")
    public List<TreatmentLineView> list(@QueryParam("includeVoided") boolean includeVoided) {
        boolean freeText = scope.seesFreeText();
        return records.list(patientId, TreatmentLine.class, "startDate", includeVoided).stream()
                .map(line -> TreatmentLineView.of(line, freeText))
                .toList();
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.COORDINATOR)
    @AccessLogged(action = AccessAction.CREATE, resource = RESOURCE)
    @Operation(summary = "Record a treatment line; accepts Idempotency-Key")
    public Response add(JsonValue body, @HeaderParam("Idempotency-Key") String key, @Context UriInfo uri) {
        return idempotent.once(key, uri.getPath(), body, () -> {
            TreatmentLine line = records.add(patientId, patient -> {
                TreatmentLineInput input = TreatmentLineInput.read(body, false);
                return new TreatmentLine(patient, checked(input, patient, null), caller.username());
            });
            return new Creation(
                    uri.getAbsolutePathBuilder().path(line.id().toString()).build(),
                    TreatmentLineView.of(line, true),
                    line.version());
        });
    }

    @GET
    @Path("{id}")
    @AccessLogged(action = AccessAction.READ, resource = RESOURCE)
    public Response read(@PathParam("id") UUID id) {
        TreatmentLine line = records.read(patientId, TreatmentLine.class, id);
        return Response.ok(TreatmentLineView.of(line, scope.seesFreeText()))
                .tag(Versions.tag(line.version()))
                .build();
    }

    @PUT
    @Path("{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.COORDINATOR)
    @AccessLogged(action = AccessAction.UPDATE, resource = RESOURCE)
    @Operation(summary = "Revise a treatment line; needs If-Match and a reason")
    public Response revise(@PathParam("id") UUID id, JsonValue body, @Context HttpHeaders headers) {
        long expected = Versions.expected(headers);
        TreatmentLineInput input = TreatmentLineInput.read(body, true);
        TreatmentLine line =
                records.change(patientId, TreatmentLine.class, id, expected, input.reason(), (patient, current) -> {
                    TreatmentLine.Plan plan = checked(input, patient, current);
                    return () -> current.revise(plan, caller.username());
                });
        return Response.ok(TreatmentLineView.of(line, true))
                .tag(Versions.tag(line.version()))
                .build();
    }

    @DELETE
    @Path("{id}")
    @RolesAllowed(Roles.COORDINATOR)
    @AccessLogged(action = AccessAction.DELETE, resource = RESOURCE)
    @Operation(summary = "Void a treatment line entered in error; needs If-Match and a reason")
    public Response voidLine(@PathParam("id") UUID id, JsonValue body, @Context HttpHeaders headers) {
        long expected = Versions.expected(headers);
        TreatmentLine line = records.voidRecord(
                patientId, TreatmentLine.class, id, expected, VoidRequest.reason(body), caller.username());
        return Response.ok(TreatmentLineView.of(line, true))
                .tag(Versions.tag(line.version()))
                .build();
    }

    /** A line's dates within the course, and a first-line intent only for the earliest line. */
    private TreatmentLine.Plan checked(TreatmentLineInput input, Patient patient, TreatmentLine current) {
        TreatmentLine.Plan plan = input.plan();
        if (plan.intent() == Intent.FIRST_LINE && plan.startDate() != null) {
            if (lineOrder.startsEarlier(patient, plan.startDate(), current == null ? null : current.id())) {
                input.json().violation("$.intent", "FIRST_LINE, but an earlier line is recorded");
            }
        }
        return input.checkedFor(patient, checks);
    }
}
