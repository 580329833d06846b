package org.aaregistry.codes.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.CacheControl;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.aaregistry.codes.control.CodeLists;
import org.aaregistry.security.boundary.Roles;
import org.eclipse.microprofile.openapi.annotations.Operation;

/** The code lists with their labels; no clinical data, so anyone signed in may read them, and cache them. */
@RequestScoped
@Path("code-lists")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.COORDINATOR, Roles.INVESTIGATOR, Roles.AUDITOR, Roles.ADMIN})
public class CodeListsResource {

    @GET
    @Operation(summary = "Every code list of the data dictionary, each code with its label")
    public Response all() {
        CacheControl cache = new CacheControl();
        cache.setPrivate(true);
        cache.setMaxAge(3600);
        return Response.ok(CodeLists.ALL).cacheControl(cache).build();
    }
}
