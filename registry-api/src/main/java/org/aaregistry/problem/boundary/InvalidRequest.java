package org.aaregistry.problem.boundary;

import java.util.List;

/**
 * Input that breaks the registry's rules: answered 422 listing every invalid field, with nothing stored.
 * Thrown before any write, or inside the transaction so that it rolls back.
 */
public class InvalidRequest extends Refusal {

    public InvalidRequest(List<Problem.InvalidField> errors) {
        super(ProblemType.VALIDATION, detail(errors.size()), errors);
    }

    public static InvalidRequest of(String field, String message) {
        return new InvalidRequest(List.of(new Problem.InvalidField(field, message)));
    }

    private static String detail(int count) {
        return count == 1 ? "1 field is invalid" : count + " fields are invalid";
    }
}
