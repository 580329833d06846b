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
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import java.util.function.Predicate;
import org.aaregistry.audit.boundary.AccessLogged;
import org.aaregistry.audit.boundary.VoidRequest;
import org.aaregistry.audit.entity.AccessAction;
import org.aaregistry.idempotency.boundary.Creation;
import org.aaregistry.idempotency.boundary.IdempotentCreations;
import org.aaregistry.outcome.entity.ClinicalEvent;
import org.aaregistry.patient.boundary.PatientRecords;
import org.aaregistry.patient.boundary.RecordChecks;
import org.aaregistry.patient.control.PatientScope;
import org.aaregistry.patient.entity.Patient;
import org.aaregistry.security.boundary.Roles;
import org.aaregistry.security.control.Caller;
import org.aaregistry.treatment.control.LineOrder;
import org.aaregistry.treatment.entity.TreatmentLine;
import org.aaregistry.versioning.boundary.Versions;
import org.eclipse.microprofile.openapi.annotations.Operation;

/** A patient's clinical events, with second-line therapy derived from the treatment lines. */
@RequestScoped
@Transactional
@Path("patients/{patientId}/events")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.COORDINATOR, Roles.INVESTIGATOR})
public class EventsResource {

    private static final String RESOURCE = "clinical_event";

    @Inject
    PatientRecords records;

    @Inject
    RecordChecks checks;

    @Inject
    PatientScope scope;

    @Inject
    LineOrder lineOrder;

    @Inject
    IdempotentCreations idempotent;

    @Inject
    Caller caller;

    @PathParam("patientId")
    UUID patientId;

    @GET
    @AccessLogged(action = AccessAction.LIST, resource = RESOURCE)
    @Operation(summary = "The patient's events in date order, including derived second-line therapy")
    public List<EventView> list() {
        boolean freeText = scope.seesFreeText();
        List<EventView> events = new ArrayList<>();
        records.list(patientId, ClinicalEvent.class, "eventDate", false)
                .forEach(event -> events.add(EventView.of(event, freeText)));
        records.list(patientId, TreatmentLine.class, "lineNumber", false).stream()
                .filter(line -> line.lineNumber() == 2)
                .forEach(line -> events.add(EventView.secondLine(line)));
        events.sort(Comparator.comparing(EventView::eventDate));
        return events;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.COORDINATOR)
    @AccessLogged(action = AccessAction.CREATE, resource = RESOURCE)
    @Operation(summary = "Record a relapse, clonal evolution or clinical PNH; accepts Idempotency-Key")
    public Response add(JsonValue body, @HeaderParam("Idempotency-Key") String key, @Context UriInfo uri) {
        return idempotent.once(key, uri.getPath(), body, () -> {
            ClinicalEvent event = records.add(
                    patientId,
                    patient -> new ClinicalEvent(
                            patient,
                            EventInput.read(body, false).checkedFor(patient, checks, treatedBefore(patient)),
                            caller.username()));
            return new Creation(
                    uri.getAbsolutePathBuilder().path(event.id().toString()).build(),
                    EventView.of(event, true),
                    event.version());
        });
    }

    @GET
    @Path("{id}")
    @AccessLogged(action = AccessAction.READ, resource = RESOURCE)
    public Response read(@PathParam("id") UUID id) {
        ClinicalEvent event = records.read(patientId, ClinicalEvent.class, id);
        return Response.ok(EventView.of(event, scope.seesFreeText()))
                .tag(Versions.tag(event.version()))
                .build();
    }

    @PUT
    @Path("{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.COORDINATOR)
    @AccessLogged(action = AccessAction.UPDATE, resource = RESOURCE)
    @Operation(summary = "Revise an event; needs If-Match and a reason")
    public Response revise(@PathParam("id") UUID id, JsonValue body, @Context HttpHeaders headers) {
        long expected = Versions.expected(headers);
        EventInput input = EventInput.read(body, true);
        ClinicalEvent event =
                records.change(patientId, ClinicalEvent.class, id, expected, input.reason(), (patient, current) -> {
                    ClinicalEvent.Occurrence occurrence = input.checkedFor(patient, checks, treatedBefore(patient));
                    return () -> current.revise(occurrence, caller.username());
                });
        return Response.ok(EventView.of(event, true))
                .tag(Versions.tag(event.version()))
                .build();
    }

    @DELETE
    @Path("{id}")
    @RolesAllowed(Roles.COORDINATOR)
    @AccessLogged(action = AccessAction.DELETE, resource = RESOURCE)
    @Operation(summary = "Void an event entered in error; needs If-Match and a reason")
    public Response voidEvent(@PathParam("id") UUID id, JsonValue body, @Context HttpHeaders headers) {
        long expected = Versions.expected(headers);
        ClinicalEvent event = records.voidRecord(
                patientId, ClinicalEvent.class, id, expected, VoidRequest.reason(body), caller.username());
        return Response.ok(EventView.of(event, true))
                .tag(Versions.tag(event.version()))
                .build();
    }

    private Predicate<LocalDate> treatedBefore(Patient patient) {
        return date -> lineOrder.startsEarlier(patient, date, null);
    }
}
