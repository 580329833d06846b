package org.aaregistry.security.boundary;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.ext.Provider;

/**
 * Every answer of the API is kept by no cache, shared or private: a patient's record, a report's curves or the
 * audit log left on a ward computer's disk or in a proxy would be a disclosure outside the registry's access
 * control (OWASP ASVS 5.0 §14.3). And no answer is to be sniffed into another content type.
 */
@Provider
public class NoStore implements ContainerResponseFilter {

    @Override
    public void filter(ContainerRequestContext request, ContainerResponseContext response) {
        response.getHeaders().putSingle("Cache-Control", "no-store");
        response.getHeaders().putSingle("X-Content-Type-Options", "nosniff");
    }
}
