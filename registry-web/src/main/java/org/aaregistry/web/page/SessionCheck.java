package org.aaregistry.web.page;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.CacheControl;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/**
 * Whether the sign-in still holds, for the pages' script: asked before a form is sent (a form sent after the
 * Keycloak session ended would be lost in the sign-in redirect) and now and then while the user types, which also
 * lets the sign-in mechanism refresh the access token so that nobody is signed out in the middle of a form. An
 * ended session answers with the redirect to Keycloak instead.
 */
@Path("session")
public class SessionCheck {

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    public Response signedIn() {
        CacheControl never = new CacheControl();
        never.setNoStore(true);
        return Response.ok("{\"signedIn\":true}").cacheControl(never).build();
    }
}
