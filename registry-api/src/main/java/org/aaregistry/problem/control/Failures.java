package org.aaregistry.problem.control;

import jakarta.json.JsonException;
import jakarta.json.bind.JsonbException;
import jakarta.json.stream.JsonParsingException;
import jakarta.persistence.OptimisticLockException;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Path;
import jakarta.ws.rs.NotAllowedException;
import jakarta.ws.rs.WebApplicationException;
import java.sql.SQLException;
import java.util.Comparator;
import java.util.List;
import org.aaregistry.problem.boundary.Problem;
import org.aaregistry.problem.boundary.ProblemType;
import org.aaregistry.problem.boundary.Refusal;

/** Classifies a failure by the first cause in its chain that says what went wrong. */
public final class Failures {

    private Failures() {}

    public static Problem problem(Throwable failure, String requestId) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            Problem problem = classify(cause, requestId);
            if (problem != null) {
                return problem;
            }
        }
        return Problem.of(
                ProblemType.INTERNAL, "Quote request id " + requestId + " to your registry support", requestId);
    }

    private static Problem classify(Throwable cause, String requestId) {
        return switch (cause) {
            case Refusal refusal
            when refusal.type() == ProblemType.VALIDATION ->
                Problem.invalid(refusal.getMessage(), refusal.errors(), requestId);
            case Refusal refusal -> Problem.of(refusal.type(), refusal.getMessage(), requestId);
            case OptimisticLockException race ->
                Problem.of(
                        ProblemType.STALE_VERSION,
                        "The record was changed by someone else at the same moment; read it again",
                        requestId);
            case ConstraintViolationException invalid ->
                Problem.invalid(
                        invalid.getConstraintViolations().size() + " field(s) invalid", fields(invalid), requestId);
            case JsonParsingException parsing -> Problem.of(ProblemType.MALFORMED_REQUEST, where(parsing), requestId);
            case JsonException malformed ->
                Problem.of(ProblemType.MALFORMED_REQUEST, "The body is not valid JSON", requestId);
            case JsonbException malformed ->
                Problem.of(ProblemType.MALFORMED_REQUEST, "The body is not valid JSON", requestId);
            // a parameter that did not convert: the server wraps the converter's refusal (StrictParameters) in a
            // 404; the refusal below it names the parameter
            case WebApplicationException http when refusalWithin(http) -> null;
            case WebApplicationException http ->
                Problem.of(ProblemType.forStatus(http.getResponse().getStatus()), httpDetail(http), requestId);
            case SQLException sql
            when "23505".equals(sql.getSQLState()) ->
                Problem.of(ProblemType.CONFLICT, "A record with the same identifying value exists already", requestId);
            case SQLException sql
            when unavailable(sql) ->
                Problem.of(ProblemType.UNAVAILABLE, "The database cannot be reached; try again shortly", requestId);
            default ->
                poolExhausted(cause)
                        ? Problem.of(ProblemType.UNAVAILABLE, "The registry is busy; try again shortly", requestId)
                        : null;
        };
    }

    private static boolean refusalWithin(Throwable failure) {
        for (Throwable cause = failure.getCause(); cause != null; cause = cause.getCause()) {
            if (cause instanceof Refusal) {
                return true;
            }
        }
        return false;
    }

    /** SQL states of class 08 (connection), 57P (operator intervention), 25006 (read-only transaction). */
    static boolean unavailable(SQLException sql) {
        String state = sql.getSQLState();
        return state != null && (state.startsWith("08") || state.startsWith("57P") || state.equals("25006"));
    }

    private static boolean poolExhausted(Throwable cause) {
        String name = cause.getClass().getName();
        return name.endsWith("PoolingException") || name.equals("jakarta.resource.ResourceException");
    }

    private static String httpDetail(WebApplicationException http) {
        return switch (http.getResponse().getStatus()) {
            case 401 -> "Sign in: send a valid access token as 'Authorization: Bearer ...'";
            case 403 -> "Your role does not allow this action";
            case 404 -> "No such resource";
            case 405 ->
                "Method not allowed here; allowed: "
                        + (http instanceof NotAllowedException
                                ? http.getResponse().getAllowedMethods()
                                : "see the API");
            case 406 -> "No representation matches the Accept header";
            case 415 -> "This request body's content type is not accepted here";
            default -> ProblemType.forStatus(http.getResponse().getStatus()).title();
        };
    }

    private static String where(JsonParsingException parsing) {
        return parsing.getLocation() == null
                ? "The body is not valid JSON"
                : "The body is not valid JSON (line " + parsing.getLocation().getLineNumber() + ", column "
                        + parsing.getLocation().getColumnNumber() + ")";
    }

    private static List<Problem.InvalidField> fields(ConstraintViolationException invalid) {
        return invalid.getConstraintViolations().stream()
                .map(violation -> new Problem.InvalidField(jsonPath(violation), violation.getMessage()))
                .sorted(Comparator.comparing(Problem.InvalidField::field))
                .toList();
    }

    /** Bean Validation's property path as a JSON path, without the method and parameter names of a resource. */
    static String jsonPath(ConstraintViolation<?> violation) {
        StringBuilder path = new StringBuilder("$");
        for (Path.Node node : violation.getPropertyPath()) {
            switch (node.getKind()) {
                case METHOD, CONSTRUCTOR, RETURN_VALUE, CROSS_PARAMETER -> {}
                case PARAMETER -> path.setLength(1);
                default -> {
                    if (node.getName() != null) {
                        path.append('.').append(node.getName());
                    }
                    if (node.getIndex() != null) {
                        path.append('[').append(node.getIndex()).append(']');
                    }
                }
            }
        }
        return path.toString();
    }

    public static String rootMessage(Throwable failure) {
        Throwable root = failure;
        while (root.getCause() != null) {
            root = root.getCause();
        }
        return root.getClass().getSimpleName() + ": " + root.getMessage();
    }
}
