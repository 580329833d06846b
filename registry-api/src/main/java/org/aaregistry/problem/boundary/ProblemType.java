package org.aaregistry.problem.boundary;

/** The kinds of problem the API reports, each with its HTTP status. */
public enum ProblemType {
    MALFORMED_REQUEST(400, "malformed-request", "The request body is not well-formed"),
    UNAUTHENTICATED(401, "unauthenticated", "A valid access token is required"),
    FORBIDDEN(403, "forbidden", "Your role does not allow this"),
    NOT_FOUND(404, "not-found", "No such resource"),
    METHOD_NOT_ALLOWED(405, "method-not-allowed", "This method is not allowed here"),
    NOT_ACCEPTABLE(406, "not-acceptable", "No representation matches the Accept header"),
    CONFLICT(409, "conflict", "The request conflicts with a record that exists"),
    STALE_VERSION(412, "stale-version", "The record changed since you read it"),
    PAYLOAD_TOO_LARGE(413, "payload-too-large", "The request body is too large"),
    UNSUPPORTED_MEDIA_TYPE(415, "unsupported-media-type", "The request body's content type is not accepted here"),
    VALIDATION(422, "validation", "The request is not valid"),
    VERSION_REQUIRED(428, "version-required", "Send the version you read in If-Match"),
    INTERNAL(500, "internal", "The registry failed to handle this request"),
    UNAVAILABLE(503, "unavailable", "The registry cannot serve this request now; try again shortly");

    private final int status;
    private final String slug;
    private final String title;

    ProblemType(int status, String slug, String title) {
        this.status = status;
        this.slug = slug;
        this.title = title;
    }

    public int status() {
        return status;
    }

    public String slug() {
        return slug;
    }

    public String title() {
        return title;
    }

    /** The problem kind for a bare HTTP status, for errors raised outside the API's own code. */
    public static ProblemType forStatus(int status) {
        for (ProblemType kind : values()) {
            if (kind.status == status) {
                return kind;
            }
        }
        return status >= 500 ? INTERNAL : MALFORMED_REQUEST;
    }
}
