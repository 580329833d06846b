package org.aaregistry.problem.boundary;

import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;

/**
 * An RFC 9457 problem details body.
 *
 * @param type a URI naming the kind of problem, stable for clients to switch on
 * @param title short summary of the kind of problem
 * @param status the HTTP status code
 * @param detail what went wrong with this request, for a person
 * @param requestId the id of this request in the access log and server log
 * @param errors each invalid field by JSON path (e.g. {@code $.baselineCounts.anc}), empty if none
 */
public record Problem(
        String type, String title, int status, String detail, String requestId, List<InvalidField> errors) {

    public static final String MEDIA_TYPE = "application/problem+json";
    public static final MediaType PROBLEM_JSON = MediaType.valueOf(MEDIA_TYPE);
    private static final String TYPE_PREFIX = "urn:aa-registry:problem:";

    /**
     * One invalid input field: its JSON path and what is wrong with it; for a row of an imported file also the
     * row number (the header is row 1) and the column.
     */
    public record InvalidField(String field, String message, Integer row, String column) {

        public InvalidField(String field, String message) {
            this(field, message, null, null);
        }
    }

    public Problem {
        errors = errors == null ? List.of() : List.copyOf(errors);
    }

    public static Problem of(ProblemType kind, String detail, String requestId) {
        return new Problem(TYPE_PREFIX + kind.slug(), kind.title(), kind.status(), detail, requestId, List.of());
    }

    public static Problem invalid(String detail, List<InvalidField> errors, String requestId) {
        ProblemType kind = ProblemType.VALIDATION;
        return new Problem(TYPE_PREFIX + kind.slug(), kind.title(), kind.status(), detail, requestId, errors);
    }

    public Response toResponse() {
        return Response.status(status).type(PROBLEM_JSON).entity(this).build();
    }
}
