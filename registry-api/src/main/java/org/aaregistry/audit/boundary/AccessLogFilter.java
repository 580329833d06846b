package org.aaregistry.audit.boundary;

import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
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
 * method, every 401 (AUTH_FAILED) and 403, and every request for another site's record (DENIED). When the log
 * cannot be written, the response becomes 503: the registry does not serve what it cannot log.
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

    @Override
    public void filter(ContainerRequestContext request, ContainerResponseContext response) {
        int status = response.getStatus();
        AccessLogged declared = declaration();
        if (declared == null && status != 401 && status != 403 && !record.isDenied()) {
            return;
        }
        try {
            accessLog.append(entry(request, status, declared));
        } catch (RuntimeException e) {
            LOG.log(Level.SEVERE, "access log not written; answering 503", e);
            Problem problem = Problem.of(
                    ProblemType.UNAVAILABLE,
                    "The audit trail cannot be written; try again shortly",
                    RequestId.of(servletRequest));
            response.setStatus(503);
            response.getHeaders().putSingle("Content-Type", Problem.MEDIA_TYPE);
            response.setEntity(problem, response.getEntityAnnotations(), Problem.PROBLEM_JSON);
        }
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
