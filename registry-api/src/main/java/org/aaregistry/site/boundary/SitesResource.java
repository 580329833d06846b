package org.aaregistry.site.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonValue;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
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
import org.aaregistry.audit.boundary.AccessLogged;
import org.aaregistry.audit.entity.AccessAction;
import org.aaregistry.problem.boundary.Refusal;
import org.aaregistry.security.boundary.Roles;
import org.aaregistry.site.entity.Site;
import org.aaregistry.versioning.boundary.Versions;
import org.eclipse.microprofile.openapi.annotations.Operation;

/**
 * Sites: everyone signed in may list them (the UI and the audit log name sites); only admins create and
 * change them.
 */
@RequestScoped
@Transactional
@Path("sites")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.COORDINATOR, Roles.INVESTIGATOR, Roles.AUDITOR, Roles.ADMIN})
public class SitesResource {

    @Inject
    Sites sites;

    @GET
    @Operation(summary = "All sites of the network")
    public List<SiteView> all() {
        return sites.all().stream().map(SiteView::of).toList();
    }

    @GET
    @Path("{code}")
    @Operation(summary = "One site; its version is the ETag")
    public Response one(@PathParam("code") String code) {
        Site site = sites.byCode(code).orElseThrow(() -> Refusal.notFound("site"));
        return Response.ok(SiteView.of(site)).tag(Versions.tag(site.version())).build();
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.ADMIN)
    @AccessLogged(action = AccessAction.CREATE, resource = "site")
    @Operation(summary = "Add a site (admin)")
    public Response create(JsonValue body, @Context UriInfo uri) {
        Site site = sites.create(SiteInput.forCreate(body));
        return Response.created(uri.getAbsolutePathBuilder().path(site.code()).build())
                .entity(SiteView.of(site))
                .tag(Versions.tag(site.version()))
                .build();
    }

    @PUT
    @Path("{code}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.ADMIN)
    @AccessLogged(action = AccessAction.UPDATE, resource = "site")
    @Operation(summary = "Rename, re-country or (in)activate a site (admin); needs If-Match and a reason")
    public Response change(@PathParam("code") String code, JsonValue body, @Context HttpHeaders headers) {
        long expected = Versions.expected(headers);
        Site site = sites.change(code, expected, SiteInput.forChange(body));
        return Response.ok(SiteView.of(site)).tag(Versions.tag(site.version())).build();
    }
}
