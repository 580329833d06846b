package org.aaregistry.audit.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.aaregistry.audit.entity.AccessAction;
import org.aaregistry.audit.entity.AccessOutcome;
import org.aaregistry.problem.boundary.RequestId;
import org.aaregistry.security.control.TokenRejected;

/** Logs every refused token as AUTH_FAILED, with the reason, before the container answers 401. */
@ApplicationScoped
public class AuthenticationFailures {

    private static final Logger LOG = Logger.getLogger(AuthenticationFailures.class.getName());

    @Inject
    AccessLog accessLog;

    @Inject
    HttpServletRequest request;

    void record(@Observes TokenRejected rejected) {
        try {
            accessLog.append(new AccessEntry(
                    rejected.subject(),
                    null,
                    null,
                    null,
                    AccessAction.AUTH_FAILED,
                    null,
                    null,
                    null,
                    null,
                    AccessOutcome.DENIED,
                    401,
                    AccessLog.clientAddress(request),
                    RequestId.of(request),
                    request.getMethod(),
                    request.getRequestURI(),
                    rejected.reason()));
        } catch (RuntimeException e) {
            // the 401 goes out regardless: a refused caller gets nothing to protect
            LOG.log(Level.SEVERE, "could not log a refused token: " + rejected.reason(), e);
        }
    }
}
