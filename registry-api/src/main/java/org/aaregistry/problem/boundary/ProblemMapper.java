package org.aaregistry.problem.boundary;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.aaregistry.problem.control.Failures;

/**
 * Every exception that leaves a resource becomes a problem response. Exceptions arrive wrapped in
 * transaction and CDI exceptions, so the cause chain is searched ({@link Failures}). Unexpected failures
 * are logged with the request id; the client gets the id, never the cause.
 */
@Provider
public class ProblemMapper implements ExceptionMapper<Throwable> {

    private static final Logger LOG = Logger.getLogger(ProblemMapper.class.getName());

    @Context
    HttpServletRequest request;

    @Override
    public Response toResponse(Throwable failure) {
        String requestId = RequestId.of(request);
        Problem problem = Failures.problem(failure, requestId);
        if (problem.status() == 500) {
            LOG.log(Level.SEVERE, "request " + requestId + " failed", failure);
        } else if (problem.status() == 503) {
            LOG.warning("request " + requestId + ": " + Failures.rootMessage(failure));
        }
        Response.ResponseBuilder response = Response.fromResponse(problem.toResponse());
        if (problem.status() == 401) {
            response.header(HttpHeaders.WWW_AUTHENTICATE, "Bearer realm=\"registry\"");
        }
        return response.build();
    }
}
