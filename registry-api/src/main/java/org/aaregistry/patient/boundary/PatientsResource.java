package org.aaregistry.patient.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonValue;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.ForbiddenException;
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
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.aaregistry.audit.boundary.AccessLogged;
import org.aaregistry.audit.boundary.ChangeEntry;
import org.aaregistry.audit.boundary.VoidRequest;
import org.aaregistry.audit.control.AuditSearch;
import org.aaregistry.audit.entity.AccessAction;
import org.aaregistry.idempotency.boundary.Creation;
import org.aaregistry.idempotency.boundary.IdempotentCreations;
import org.aaregistry.paging.boundary.Page;
import org.aaregistry.patient.control.PatientScope;
import org.aaregistry.patient.entity.Patient;
import org.aaregistry.security.boundary.Roles;
import org.aaregistry.versioning.boundary.Versions;
import org.eclipse.microprofile.openapi.annotations.Operation;

/**
 * Patients. Coordinators enrol, read, revise and void the patients of their own site(s); investigators read
 * every site without free-text fields; auditors and admins read no clinical record.
 */
@RequestScoped
@Transactional
@Path("patients")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.COORDINATOR, Roles.INVESTIGATOR})
public class PatientsResource {

    @Inject
    Patients patients;

    @Inject
    PatientList list;

    @Inject
    PatientScope scope;

    @Inject
    IdempotentCreations idempotent;

    @Inject
    AuditSearch auditSearch;

    @GET
    @AccessLogged(action = AccessAction.LIST, resource = "patient")
    @Operation(summary = "Patients in scope, paged, sortable and filterable")
    public Page<PatientSummary> list(@BeanParam PatientFilter filter) {
        return list.find(filter);
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.COORDINATOR)
    @AccessLogged(action = AccessAction.CREATE, resource = "patient")
    @Operation(summary = "Enrol a patient at your site; accepts Idempotency-Key")
    public Response enrol(JsonValue body, @HeaderParam("Idempotency-Key") String key, @Context UriInfo uri) {
        return idempotent.once(key, uri.getPath(), body, () -> {
            Patient patient = patients.enrol(PatientInput.forCreate(body));
            return new Creation(
                    uri.getAbsolutePathBuilder().path(patient.id().toString()).build(),
                    PatientView.of(patient, true),
                    patient.version());
        });
    }

    @GET
    @Path("{id}")
    @AccessLogged(action = AccessAction.READ, resource = "patient")
    @Operation(summary = "A patient's record with its derived severity; the version is the ETag")
    public Response read(@PathParam("id") UUID id) {
        Patient patient = scope.readable(id);
        return Response.ok(PatientView.of(patient, scope.seesFreeText()))
                .tag(Versions.tag(patient.version()))
                .build();
    }

    @GET
    @Path("{id}/history")
    @AccessLogged(action = AccessAction.READ, resource = "patient_history")
    @Operation(summary = "The patient's change history: who changed what, from what, to what, and why")
    public List<ChangeEntry> history(@PathParam("id") UUID id) {
        Patient patient = scope.readable(id);
        if (!scope.seesFreeText()) {
            throw new ForbiddenException("the change history holds free text; investigators do not read it");
        }
        List<ChangeEntry> timeline = new ArrayList<>();
        auditSearch.patientHistory(patient.id(), row -> timeline.add(ChangeEntry.of(row)));
        return timeline;
    }

    @PUT
    @Path("{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.COORDINATOR)
    @AccessLogged(action = AccessAction.UPDATE, resource = "patient")
    @Operation(summary = "Revise a patient's record; needs If-Match and a reason")
    public Response revise(@PathParam("id") UUID id, JsonValue body, @Context HttpHeaders headers) {
        long expected = Versions.expected(headers);
        Patient patient = patients.revise(id, expected, PatientInput.forUpdate(body));
        return Response.ok(PatientView.of(patient, true))
                .tag(Versions.tag(patient.version()))
                .build();
    }

    @DELETE
    @Path("{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.COORDINATOR)
    @AccessLogged(action = AccessAction.DELETE, resource = "patient")
    @Operation(summary = "Void a patient (never deleted); needs If-Match and a reason")
    public Response voidPatient(@PathParam("id") UUID id, JsonValue body, @Context HttpHeaders headers) {
        long expected = Versions.expected(headers);
        Patient patient = patients.voidPatient(id, expected, VoidRequest.reason(body));
        return Response.ok(PatientView.of(patient, true))
                .tag(Versions.tag(patient.version()))
                .build();
    }
}
