package org.aaregistry.web.page;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.CacheControl;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/**
 * Whether the sign-in still holds, for the pages' script: asked before a form is sent (a form sent after the
 * session ended would be lost in the sign-in redirect) and now and then while the user types, which also lets the
 * sign-in mechanism refresh the access token so that nobody is signed out in the middle of a form. Not protected
 * (web.xml): a protected check would start a sign-in of its own and leave the mechanism expecting to return to it.
 */
@Path("session")
public class SessionCheck {

    @Context
    HttpServletRequest request;

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    public Response signedIn() {
        CacheControl never = new CacheControl();
        never.setNoStore(true);
        boolean signedIn = request.getUserPrincipal() != null;
        return Response.ok("{\"signedIn\":" + signedIn + "}")
                .cacheControl(never)
                .build();
    }
}
