package org.aaregistry.web.home;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.Response;
import java.net.URI;

/** The registry's address itself: sends the browser on to the start page. */
@Path("")
public class StartPage {

    @GET
    public Response start() {
        return Response.seeOther(URI.create("/home")).build();
    }
}
