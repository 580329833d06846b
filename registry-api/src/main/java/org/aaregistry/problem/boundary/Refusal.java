package org.aaregistry.problem.boundary;

import java.util.List;

/**
 * A request the registry refuses for a reason the caller can act on (invalid input, a stale version, a
 * conflict, a missing record). Thrown anywhere below a resource; answered as a problem of its type, and
 * when thrown inside a transaction, the transaction rolls back.
 */
public class Refusal extends RuntimeException {

    private final ProblemType type;
    private final transient List<Problem.InvalidField> errors;

    public Refusal(ProblemType type, String detail) {
        this(type, detail, List.of());
    }

    protected Refusal(ProblemType type, String detail, List<Problem.InvalidField> errors) {
        super(detail, null, false, false);
        this.type = type;
        this.errors = List.copyOf(errors);
    }

    public ProblemType type() {
        return type;
    }

    public List<Problem.InvalidField> errors() {
        return errors;
    }

    /** The same answer as for a record that does not exist: used for other sites' records too. */
    public static Refusal notFound(String what) {
        return new Refusal(ProblemType.NOT_FOUND, "No " + what + " with this id");
    }

    public static Refusal conflict(String detail) {
        return new Refusal(ProblemType.CONFLICT, detail);
    }
}
