package org.aaregistry.problem.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Path;
import jakarta.validation.Validator;

/**
 * Checks what was read from a request against the Bean Validation constraints of the registry's records
 * (ranges, required fields, dates not in the future) and adds each violation to the input's problems under
 * its JSON path, so that one answer lists every invalid field.
 */
@ApplicationScoped
public class InputRules {

    @Inject
    Validator validator;

    /**
     * @param prefix the JSON path of {@code value}, {@code $} for the body itself
     */
    public <T> void check(JsonInput input, T value, String prefix) {
        if (value == null) {
            return;
        }
        for (ConstraintViolation<T> violation : validator.validate(value)) {
            input.violation(path(prefix, violation.getPropertyPath()), violation.getMessage());
        }
    }

    static String path(String prefix, Path propertyPath) {
        StringBuilder path = new StringBuilder(prefix);
        for (Path.Node node : propertyPath) {
            if (node.getName() != null) {
                path.append('.').append(node.getName());
            }
            if (node.getIndex() != null) {
                path.append('[').append(node.getIndex()).append(']');
            }
        }
        return path.toString();
    }
}
