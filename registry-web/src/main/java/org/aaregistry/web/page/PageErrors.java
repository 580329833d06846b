package org.aaregistry.web.page;

import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.aaregistry.web.api.ApiProblem;

/**
 * Every failure of a page becomes a page in plain words with the right status: a refusal of the API (403, 404,
 * 503, ...) in the API's terms, anything else as "something went wrong" with a reference to quote. Never a stack
 * trace; the server log gets the exception under that reference, without request data.
 */
@Provider
public class PageErrors implements ExceptionMapper<Exception> {

    private static final Logger LOG = Logger.getLogger(PageErrors.class.getName());

    @Override
    public Response toResponse(Exception failure) {
        if (failure instanceof ApiRefusal refusal) {
            return page(refusal.problem());
        }
        if (failure instanceof WebApplicationException web && web.getResponse().getStatus() < 500) {
            int status = web.getResponse().getStatus();
            return page(new ApiProblem(
                    status,
                    status == 404 ? "There is no such page." : failure.getMessage(),
                    null,
                    java.util.Map.of(),
                    null));
        }
        String reference = UUID.randomUUID().toString();
        LOG.log(Level.SEVERE, "page failed, reference " + reference, failure);
        return page(new ApiProblem(
                500, "Something went wrong on this page; nothing was saved.", null, java.util.Map.of(), reference));
    }

    private static Response page(ApiProblem problem) {
        return Response.status(problem.status())
                .type(MediaType.TEXT_HTML_TYPE)
                .entity(View.of("problem").with("problem", problem).status(problem.status()))
                .build();
    }
}
