package org.aaregistry.problem.boundary;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.ext.Provider;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * Gives every request an id, returned in {@code X-Request-Id} and written to the access log and to problem
 * bodies, so a user's complaint can be matched with the server's records. A caller's own id is kept when it
 * is a plain token; anything else is replaced. The id lives in a request attribute, so the error page that
 * answers a refused token (before JAX-RS is reached) finds the same id.
 */
@Provider
public class RequestId implements ContainerResponseFilter {

    public static final String HEADER = "X-Request-Id";
    private static final String ATTRIBUTE = "org.aaregistry.requestId";
    private static final Pattern ACCEPTABLE = Pattern.compile("[A-Za-z0-9._-]{8,64}");

    @Context
    HttpServletRequest servletRequest;

    @Override
    public void filter(ContainerRequestContext request, ContainerResponseContext response) {
        response.getHeaders().putSingle(HEADER, of(servletRequest));
    }

    /** This request's id, assigned on first use. */
    public static String of(HttpServletRequest request) {
        Object id = request.getAttribute(ATTRIBUTE);
        if (id == null) {
            String offered = request.getHeader(HEADER);
            id = offered != null && ACCEPTABLE.matcher(offered).matches()
                    ? offered
                    : UUID.randomUUID().toString();
            request.setAttribute(ATTRIBUTE, id);
        }
        return id.toString();
    }
}
