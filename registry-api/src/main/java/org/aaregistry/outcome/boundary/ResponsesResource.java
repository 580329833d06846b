package org.aaregistry.outcome.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.aaregistry.audit.boundary.AccessLogged;
import org.aaregistry.audit.entity.AccessAction;
import org.aaregistry.outcome.control.ResponseRecords;
import org.aaregistry.outcome.entity.DerivedResponse;
import org.aaregistry.outcome.entity.RecordedResponse;
import org.aaregistry.outcome.entity.ResponseCategory;
import org.aaregistry.outcome.entity.ResponseRuleSet;
import org.aaregistry.outcome.entity.TimePoint;
import org.aaregistry.patient.boundary.PatientRecords;
import org.aaregistry.patient.control.PatientScope;
import org.aaregistry.problem.boundary.InvalidRequest;
import org.aaregistry.security.boundary.Roles;
import org.aaregistry.treatment.entity.TreatmentLine;
import org.eclipse.microprofile.openapi.annotations.Operation;

/** A patient's responses per treatment line, derived and recorded, under a rule set (NIH by default). */
@RequestScoped
@Transactional
@Path("patients/{patientId}/responses")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.COORDINATOR, Roles.INVESTIGATOR})
public class ResponsesResource {

    @Inject
    PatientRecords records;

    @Inject
    ResponseRecords responses;

    @Inject
    PatientScope scope;

    @PathParam("patientId")
    UUID patientId;

    @GET
    @AccessLogged(action = AccessAction.READ, resource = "response")
    @Operation(summary = "Responses at 3, 6 and 12 months and best response per line; ruleSet NIH, RACE or BSH")
    public List<LineResponses> responses(@QueryParam("ruleSet") @DefaultValue("NIH") String ruleSetName) {
        ResponseRuleSet ruleSet = ruleSet(ruleSetName);
        List<TreatmentLine> lines = records.list(patientId, TreatmentLine.class, "lineNumber", false);
        Map<String, DerivedResponse> derived = responses.derived(lines, ruleSet).stream()
                .collect(Collectors.toMap(d -> d.treatmentLine().id() + "/" + d.timePoint(), Function.identity()));
        Map<String, RecordedResponse> recorded =
                records.list(patientId, RecordedResponse.class, "timePoint", false).stream()
                        .collect(Collectors.toMap(
                                r -> r.treatmentLine().id() + "/"
                                        + r.timePoint().name(),
                                Function.identity()));
        // the note says what a recorded response rests on, in free text: not for investigators
        boolean freeText = scope.seesFreeText();
        List<LineResponses> result = new ArrayList<>();
        for (TreatmentLine line : lines) {
            List<LineResponses.AtTimePoint> points = new ArrayList<>();
            for (TimePoint point : TimePoint.values()) {
                String key = line.id() + "/" + point.name();
                LineResponses.Derived d = derived(derived.get(key));
                RecordedResponse r = recorded.get(key);
                LineResponses.Recorded rec = r == null
                        ? null
                        : new LineResponses.Recorded(
                                r.id(), r.category(), r.source(), freeText ? r.note() : null, r.version(), r.voided());
                // a derived "not assessable" (no qualifying counts in the registry) does not contradict a response
                // recorded from elsewhere; only two assessments that differ disagree
                boolean disagreement = d != null
                        && rec != null
                        && d.category() != ResponseCategory.NOT_ASSESSABLE
                        && d.category() != rec.category();
                points.add(new LineResponses.AtTimePoint(point.name(), d, rec, disagreement));
            }
            result.add(new LineResponses(
                    line.id(),
                    line.lineNumber(),
                    line.regimen().name(),
                    line.startDate(),
                    ruleSet,
                    points,
                    derived(derived.get(line.id() + "/" + DerivedResponse.BEST))));
        }
        return result;
    }

    private static LineResponses.Derived derived(DerivedResponse row) {
        return row == null ? null : new LineResponses.Derived(row.category(), row.countDate(), row.explanation());
    }

    static ResponseRuleSet ruleSet(String name) {
        try {
            return ResponseRuleSet.valueOf(name);
        } catch (IllegalArgumentException e) {
            throw InvalidRequest.of("$.ruleSet", "must be one of NIH, RACE, BSH");
        }
    }
}
