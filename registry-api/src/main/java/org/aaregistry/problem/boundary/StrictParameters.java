package org.aaregistry.problem.boundary;

import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.ext.ParamConverter;
import jakarta.ws.rs.ext.ParamConverterProvider;
import jakarta.ws.rs.ext.Provider;
import java.lang.annotation.Annotation;
import java.lang.reflect.Type;

/**
 * Whole numbers and yes/no parameters, read strictly. Left to the server, {@code ?dryRun=yes} read as false (and
 * an import meant as a rehearsal would have been made for real) and {@code ?page=two} answered 404, as if the
 * resource did not exist. Here anything but a whole number, or {@code true} / {@code false}, is a 422 naming the
 * parameter.
 */
@Provider
public class StrictParameters implements ParamConverterProvider {

    @Override
    @SuppressWarnings("unchecked")
    public <T> ParamConverter<T> getConverter(Class<T> raw, Type generic, Annotation[] annotations) {
        String name = name(annotations);
        if (raw == Integer.class || raw == int.class) {
            return (ParamConverter<T>)
                    new Converter<>(name, raw == int.class ? 0 : null, StrictParameters::wholeNumber);
        }
        if (raw == Boolean.class || raw == boolean.class) {
            return (ParamConverter<T>)
                    new Converter<>(name, raw == boolean.class ? false : null, StrictParameters::yesNo);
        }
        return null;
    }

    static Integer wholeNumber(String name, String text) {
        try {
            return Integer.valueOf(text);
        } catch (NumberFormatException notANumber) {
            throw InvalidRequest.of(name, "must be a whole number");
        }
    }

    static Boolean yesNo(String name, String text) {
        return switch (text) {
            case "true" -> true;
            case "false" -> false;
            default -> throw InvalidRequest.of(name, "must be true or false");
        };
    }

    private static String name(Annotation[] annotations) {
        for (Annotation annotation : annotations == null ? new Annotation[0] : annotations) {
            switch (annotation) {
                case QueryParam query -> {
                    return query.value();
                }
                case PathParam path -> {
                    return path.value();
                }
                case HeaderParam header -> {
                    return header.value();
                }
                default -> {}
            }
        }
        return "parameter";
    }

    /** How one parameter's text becomes its value; absent, the type's own default. */
    private interface Reading<T> {
        T read(String name, String text);
    }

    private record Converter<T>(String name, T absent, Reading<T> reading) implements ParamConverter<T> {

        @Override
        public T fromString(String text) {
            return text == null ? absent : reading.read(name, text);
        }

        @Override
        public String toString(T value) {
            return String.valueOf(value);
        }
    }
}
