package org.aaregistry.audit.boundary;

import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.transaction.NotSupportedException;
import jakarta.transaction.SystemException;
import jakarta.transaction.UserTransaction;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.ext.Provider;

/**
 * Opens one transaction around an {@link AccessLogged} call, once the caller is authenticated and authorised: the
 * resource's own transactions join it, and {@link AccessLogFilter} writes the call's access-log entry into it and
 * commits it, so a successful call costs one commit (and one pass through the chains' lock), not two. A call that
 * failed rolls back and is logged in a transaction of its own.
 */
@Provider
@Priority(Priorities.USER - 100)
public class RequestTransaction implements ContainerRequestFilter {

    static final String OPENED = "org.aaregistry.audit.requestTransaction";

    @Context
    ResourceInfo resource;

    @Inject
    UserTransaction transaction;

    @Override
    public void filter(ContainerRequestContext request) {
        if (resource.getResourceMethod() == null
                || !resource.getResourceMethod().isAnnotationPresent(AccessLogged.class)) {
            return;
        }
        try {
            transaction.begin();
            request.setProperty(OPENED, Boolean.TRUE);
        } catch (NotSupportedException | SystemException e) {
            throw new IllegalStateException("could not open the request's transaction", e);
        }
    }
}
