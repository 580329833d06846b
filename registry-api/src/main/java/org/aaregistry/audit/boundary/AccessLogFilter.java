package org.aaregistry.audit.boundary;

import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.transaction.Status;
import jakarta.transaction.SystemException;
import jakarta.transaction.UserTransaction;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.ext.Provider;
import java.lang.reflect.Method;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.aaregistry.audit.control.AccessEntry;
import org.aaregistry.audit.control.AccessLog;
import org.aaregistry.audit.control.AccessRecord;
import org.aaregistry.audit.entity.AccessAction;
import org.aaregistry.audit.entity.AccessOutcome;
import org.aaregistry.problem.boundary.Problem;
import org.aaregistry.problem.boundary.ProblemType;
import org.aaregistry.problem.boundary.RequestId;
import org.aaregistry.security.control.Caller;

/**
 * Writes the access-log entry of a call once its response is known: every call of an {@link AccessLogged}
 * method, every 401 (AUTH_FAILED) and 403, and every request for another site's record (DENIED). A successful
 * call's entry goes into the call's own transaction ({@link RequestTransaction}), which is committed here, before
 * the body is written; a refused or failed call is rolled back and logged in a transaction of its own. When the
 * change or the log cannot be committed, the response becomes 503: the registry does not serve what it cannot log.
 */
@Provider
@Priority(Priorities.USER + 1000)
public class AccessLogFilter implements ContainerResponseFilter {

    private static final Logger LOG = Logger.getLogger(AccessLogFilter.class.getName());

    @Context
    ResourceInfo resource;

    @Context
    HttpServletRequest servletRequest;

    @Inject
    AccessRecord record;

    @Inject
    Caller caller;

    @Inject
    AccessLog accessLog;

    @Inject
    UserTransaction transaction;

    @Override
    public void filter(ContainerRequestContext request, ContainerResponseContext response) {
        int status = response.getStatus();
        AccessLogged declared = declaration();
        boolean opened = Boolean.TRUE.equals(request.getProperty(RequestTransaction.OPENED));
        if (declared == null && status != 401 && status != 403 && !record.isDenied()) {
            rollback(opened);
            return;
        }
        AccessEntry entry = entry(request, status, declared);
        try {
            if (opened && status < 400 && !record.isDenied()) {
                if (transaction.getStatus() != Status.STATUS_ACTIVE) {
                    throw new IllegalStateException("the call's transaction was marked for rollback");
                }
                accessLog.appendWithin(entry);
                transaction.commit();
                return;
            }
            rollback(opened);
            accessLog.append(entry);
        } catch (Exception e) {
            rollback(opened);
            unavailable(response, entry, e);
        }
    }

    /** Ends the request's transaction where this filter did not commit it. */
    private void rollback(boolean opened) {
        if (!opened) {
            return;
        }
        try {
            if (transaction.getStatus() != Status.STATUS_NO_TRANSACTION) {
                transaction.rollback();
            }
        } catch (SystemException | IllegalStateException e) {
            LOG.log(Level.WARNING, "could not end the request's transaction", e);
        }
    }

    /** The change or the log could not be committed: nothing is kept, the caller is told to retry (503). */
    private void unavailable(ContainerResponseContext response, AccessEntry entry, Exception failure) {
        LOG.log(Level.SEVERE, "request " + RequestId.of(servletRequest) + " not committed; answering 503", failure);
        try {
            accessLog.append(new AccessEntry(
                    entry.actorSubject(),
                    entry.actorUsername(),
                    entry.actorRoles(),
                    entry.actorSites(),
                    entry.action(),
                    entry.resourceType(),
                    entry.resourceId(),
                    entry.patientId(),
                    entry.studyId(),
                    AccessOutcome.FAILED,
                    503,
                    entry.clientAddress(),
                    entry.requestId(),
                    entry.method(),
                    entry.path(),
                    "not committed: " + failure.getClass().getSimpleName()));
        } catch (RuntimeException logFailure) {
            LOG.log(Level.SEVERE, "the failure could not be logged either", logFailure);
        }
        Problem problem = Problem.of(
                ProblemType.UNAVAILABLE,
                "The change could not be recorded; nothing was kept, try again",
                RequestId.of(servletRequest));
        response.setStatus(503);
        response.getHeaders().putSingle("Content-Type", Problem.MEDIA_TYPE);
        response.getHeaders().remove("ETag");
        response.getHeaders().remove("Location");
        response.setEntity(problem, response.getEntityAnnotations(), Problem.PROBLEM_JSON);
    }

    private AccessEntry entry(ContainerRequestContext request, int status, AccessLogged declared) {
        AccessAction action;
        if (status == 401) {
            action = AccessAction.AUTH_FAILED;
        } else if (status == 403 || record.isDenied()) {
            action = AccessAction.DENIED;
        } else if (record.action() != null) {
            action = record.action();
        } else {
            action = declared.action();
        }
        boolean signedIn = caller.isAuthenticated();
        return new AccessEntry(
                signedIn ? caller.subject() : null,
                signedIn ? caller.username() : null,
                signedIn ? String.join(",", caller.roles()) : null,
                signedIn ? String.join(",", caller.sites()) : null,
                action,
                declared == null ? null : declared.resource(),
                record.resourceId(),
                record.patientId(),
                record.studyId(),
                record.isDenied() ? AccessOutcome.DENIED : AccessOutcome.of(status),
                status,
                AccessLog.clientAddress(servletRequest),
                RequestId.of(servletRequest),
                request.getMethod(),
                servletRequest.getRequestURI(),
                record.detail());
    }

    private AccessLogged declaration() {
        Method method = resource == null ? null : resource.getResourceMethod();
        return method == null ? null : method.getAnnotation(AccessLogged.class);
    }
}
