package org.aaregistry.demo.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonValue;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.aaregistry.audit.boundary.AccessLogged;
import org.aaregistry.audit.control.AccessRecord;
import org.aaregistry.audit.entity.AccessAction;
import org.aaregistry.security.boundary.Roles;
import org.eclipse.microprofile.openapi.annotations.Operation;

/**
 * The synthetic demo cohort (docs/demo-cohort.md): only the demo loader, a user of the development realm, may load
 * it, and only into demo sites.
 */
@RequestScoped
@Path("demo-cohorts")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.DEMO_LOADER)
public class DemoCohortsResource {

    @Inject
    DemoCohorts cohorts;

    @Inject
    AccessRecord access;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @AccessLogged(action = AccessAction.IMPORT, resource = "demo_cohort")
    @Operation(
            summary = "Load patients of a synthetic demo cohort into demo sites (demo loader only)",
            description = "Patients first to first + patients - 1 of the cohort with this seed; those already there"
                    + " are skipped, so a stopped load resumes. onlyIfEmpty: 409 when the registry has any patient.")
    public DemoCohortReport load(JsonValue body) {
        DemoCohortReport report = cohorts.load(DemoCohortRequest.read(body));
        access.detail("demo cohort seed " + report.seed() + (report.site() == null ? "" : " at " + report.site())
                + ", patients " + report.first() + " to " + (report.first() + report.patients() - 1) + ": "
                + report.created() + " created, " + report.alreadyThere() + " already there");
        return report;
    }
}
