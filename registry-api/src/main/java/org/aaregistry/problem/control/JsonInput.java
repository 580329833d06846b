package org.aaregistry.problem.control;

import jakarta.json.JsonArray;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import org.aaregistry.problem.boundary.InvalidRequest;
import org.aaregistry.problem.boundary.Problem.InvalidField;

/**
 * Reads a JSON request body strictly, collecting every problem instead of stopping at the first: wrong types
 * (a number sent as a string, a boolean as a number), unknown codes, malformed dates, unknown fields. Each
 * problem is named by its JSON path. Fields the registry sets itself (id, version, derived values) may be
 * echoed back by a client that read them, and are ignored; any other field the registry does not know is
 * refused, so a typo never silently loses data.
 */
public final class JsonInput {

    private final JsonObject body;
    private final String path;
    private final List<InvalidField> errors;
    private final Set<String> known = new HashSet<>();
    private final List<JsonInput> nested = new ArrayList<>();

    private JsonInput(JsonObject body, String path, List<InvalidField> errors) {
        this.body = body;
        this.path = path;
        this.errors = errors;
    }

    /** The request body, which must be a JSON object. */
    public static JsonInput of(JsonValue body) {
        if (!(body instanceof JsonObject object)) {
            throw InvalidRequest.of("$", "the body must be a JSON object");
        }
        return new JsonInput(object, "$", new ArrayList<>());
    }

    /** Fields the registry sets; a client may send them back unchanged and they are not read. */
    public JsonInput ignoring(String... registrySetFields) {
        known.addAll(Arrays.asList(registrySetFields));
        return this;
    }

    public boolean has(String field) {
        return body.containsKey(field) && body.get(field) != JsonValue.NULL;
    }

    public String text(String field, boolean required, int maxLength) {
        return read(field, required, "a string", value -> {
            if (!(value instanceof JsonString string)) {
                return null;
            }
            String text = string.getString().strip();
            if (text.isEmpty()) {
                return required ? reject(field, "must not be blank") : null;
            }
            if (text.length() > maxLength) {
                return reject(field, "must be at most " + maxLength + " characters");
            }
            return text;
        });
    }

    /** A code from a closed list (the data dictionary's codes), matched exactly. */
    public <E extends Enum<E>> E code(String field, Class<E> codes, boolean required) {
        return read(field, required, "one of " + Arrays.toString(codes.getEnumConstants()), value -> {
            if (!(value instanceof JsonString string) || string.getString().isBlank()) {
                return null;
            }
            for (E code : codes.getEnumConstants()) {
                if (code.name().equals(string.getString())) {
                    return code;
                }
            }
            return reject(field, "must be one of " + Arrays.toString(codes.getEnumConstants()));
        });
    }

    public Integer integer(String field, boolean required) {
        return read(field, required, "a whole number", value -> {
            if (value instanceof JsonNumber number && number.isIntegral()) {
                try {
                    return number.intValueExact();
                } catch (ArithmeticException tooLarge) {
                    return reject(field, "is out of range");
                }
            }
            return null;
        });
    }

    /** A whole number that may exceed the range of an {@code int} (a sequence number, say). */
    public Long longInteger(String field, boolean required) {
        return read(field, required, "a whole number", value -> {
            if (value instanceof JsonNumber number && number.isIntegral()) {
                try {
                    return number.longValueExact();
                } catch (ArithmeticException tooLarge) {
                    return reject(field, "is out of range");
                }
            }
            return null;
        });
    }

    public BigDecimal decimal(String field, boolean required) {
        return read(
                field,
                required,
                "a number",
                value -> value instanceof JsonNumber number ? number.bigDecimalValue() : null);
    }

    public Boolean bool(String field, boolean required) {
        return read(field, required, "true or false", value -> {
            if (value == JsonValue.TRUE) {
                return Boolean.TRUE;
            }
            return value == JsonValue.FALSE ? Boolean.FALSE : null;
        });
    }

    /** An ISO 8601 calendar date, e.g. {@code 2024-03-01}. */
    public LocalDate date(String field, boolean required) {
        return read(field, required, "a date as YYYY-MM-DD", value -> {
            if (!(value instanceof JsonString string) || string.getString().isBlank()) {
                return null;
            }
            try {
                return LocalDate.parse(string.getString());
            } catch (DateTimeParseException e) {
                return reject(field, "must be a date as YYYY-MM-DD");
            }
        });
    }

    /**
     * A nested object, read with the same rules (its unknown fields refused too, by their full path such as
     * {@code $.baselineCounts.hemoglobine}); {@code null} when absent.
     */
    public JsonInput object(String field, boolean required) {
        return read(
                field,
                required,
                "an object",
                value -> value instanceof JsonObject object ? child(object, pathOf(field)) : null);
    }

    /** The objects of an array field, each read with the same rules; empty when absent. */
    public List<JsonInput> objects(String field) {
        List<JsonInput> items = new ArrayList<>();
        JsonArray array = read(field, false, "an array", value -> value instanceof JsonArray a ? a : null);
        if (array != null) {
            for (int i = 0; i < array.size(); i++) {
                String itemPath = pathOf(field) + "[" + i + "]";
                if (array.get(i) instanceof JsonObject object) {
                    items.add(child(object, itemPath));
                } else {
                    errors.add(new InvalidField(itemPath, "must be an object"));
                }
            }
        }
        return items;
    }

    /** Records a rule broken by this field's value, e.g. a range or a date out of order. */
    public void invalid(String field, String message) {
        violation(pathOf(field), message);
    }

    /**
     * Records a broken rule by its full JSON path, unless that field already has a problem (a value of the
     * wrong type is not also reported as missing).
     */
    public void violation(String jsonPath, String message) {
        for (InvalidField error : errors) {
            if (error.field().equals(jsonPath)) {
                return;
            }
        }
        errors.add(new InvalidField(jsonPath, message));
    }

    public String pathOf(String field) {
        return path + "." + field;
    }

    public boolean valid() {
        return errors.isEmpty();
    }

    /** Refuses unknown fields here, then throws if anything read so far was invalid. */
    public void finish() {
        rejectUnknownFields();
        if (!errors.isEmpty()) {
            throw new InvalidRequest(errors);
        }
    }

    /** The problems collected so far, without throwing (for a dry run that reports every row). */
    public List<InvalidField> problems() {
        rejectUnknownFields();
        return List.copyOf(errors);
    }

    private JsonInput child(JsonObject object, String childPath) {
        JsonInput child = new JsonInput(object, childPath, errors);
        nested.add(child);
        return child;
    }

    private void rejectUnknownFields() {
        nested.forEach(JsonInput::rejectUnknownFields);
        for (String field : body.keySet()) {
            if (known.add(field)) {
                errors.add(new InvalidField(pathOf(field), "is not a field of this record"));
            }
        }
    }

    /**
     * Reads a present, non-null value with {@code reader}, which returns {@code null} either after recording
     * a problem itself or, for a value of the wrong JSON type, leaving that to this method.
     */
    private <T> T read(String field, boolean required, String expected, Function<JsonValue, T> reader) {
        known.add(field);
        JsonValue value = body.get(field);
        if (value == null || value == JsonValue.NULL) {
            if (required) {
                errors.add(new InvalidField(pathOf(field), "is required"));
            }
            return null;
        }
        int before = errors.size();
        T result = reader.apply(value);
        if (result == null && errors.size() == before && !blankOptional(value, required)) {
            errors.add(new InvalidField(pathOf(field), "must be " + expected));
        }
        return result;
    }

    /** An empty string for an optional text means "unknown", like an empty CSV cell. */
    private static boolean blankOptional(JsonValue value, boolean required) {
        return !required
                && value instanceof JsonString string
                && string.getString().isBlank();
    }

    private <T> T reject(String field, String message) {
        errors.add(new InvalidField(pathOf(field), message));
        return null;
    }
}
