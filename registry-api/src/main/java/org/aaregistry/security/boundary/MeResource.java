package org.aaregistry.security.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.Set;
import org.aaregistry.security.control.Caller;
import org.eclipse.microprofile.openapi.annotations.Operation;

/** Who the registry thinks the caller is: the UI's landing page shows this. */
@Path("me")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.COORDINATOR, Roles.INVESTIGATOR, Roles.AUDITOR, Roles.ADMIN})
public class MeResource {

    /** The caller as seen by the registry. {@code sites} is the site scope of a coordinator. */
    public record Me(String subject, String username, String name, Set<String> roles, Set<String> sites) {}

    @Inject
    Caller caller;

    @GET
    @Operation(summary = "The signed-in user's name, registry roles and sites")
    public Me me() {
        return new Me(caller.subject(), caller.username(), caller.displayName(), caller.roles(), caller.sites());
    }
}
