package org.aaregistry.web.form;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.aaregistry.web.api.ApiProblem;

/**
 * A form as it is shown and sent: its sections, what is (or was) typed in each field, the version the user is
 * changing, and — after the API refused it — the API's problem, whose messages appear beside the fields they name.
 * What the user typed is never lost: a refused form comes back with every value as it was typed.
 */
public final class Form {

    private final List<Section> sections;
    private final Map<String, String> values;
    private String version;
    private ApiProblem problem;

    public Form(List<Section> sections, Map<String, String> values) {
        this.sections = sections;
        this.values = new LinkedHashMap<>(values);
    }

    /** The form filled from the request's parameters, as typed. */
    public static Form typed(List<Section> sections, Map<String, String[]> parameters) {
        Map<String, String> values = new LinkedHashMap<>();
        parameters.forEach((name, typed) -> values.put(name, typed.length == 0 ? "" : typed[0]));
        return new Form(sections, values);
    }

    public Form version(String etag) {
        this.version = etag;
        return this;
    }

    public Form refusedWith(ApiProblem problem) {
        this.problem = problem;
        return this;
    }

    public List<Section> sections() {
        return sections;
    }

    public String value(String name) {
        return values.getOrDefault(name, "");
    }

    public boolean checked(String name) {
        return "true".equals(values.get(name)) || "on".equals(values.get(name));
    }

    public String versionTag() {
        return version;
    }

    public ApiProblem problem() {
        return problem;
    }

    /** The API's messages for one field, joined; empty when it named none. */
    public String error(String name) {
        if (problem == null || !problem.fields().containsKey(name)) {
            return "";
        }
        return String.join("; ", problem.fields().get(name));
    }

    public boolean invalid(String name) {
        return !error(name).isEmpty();
    }

    /** The API's messages about fields this form does not show, or about the request as a whole. */
    public List<String> otherErrors() {
        if (problem == null) {
            return List.of();
        }
        Set<String> shown = sections.stream()
                .flatMap(s -> s.fields().stream())
                .map(Field::name)
                .collect(Collectors.toSet());
        shown.add("reason");
        return problem.messagesOutside(shown);
    }

    /**
     * The JSON body for the API: nested by the dots of the names, numbers as numbers when they read as numbers (and
     * as typed otherwise, for the API to name), empty fields left out, plus {@code extra} top-level values.
     */
    public JsonObject body(Map<String, String> extra) {
        Map<String, Object> tree = new LinkedHashMap<>();
        for (Section section : sections) {
            for (Field field : section.fields()) {
                Object value = jsonValue(field);
                if (value != null) {
                    put(tree, field.name(), value);
                }
            }
        }
        extra.forEach((name, value) -> {
            if (value != null && !value.isBlank()) {
                put(tree, name, value);
            }
        });
        return build(tree);
    }

    private Object jsonValue(Field field) {
        String typed = values.getOrDefault(field.name(), "").strip();
        return switch (field.kind()) {
            case CHECKBOX -> checked(field.name());
            case YES_NO -> typed.isEmpty() ? null : Boolean.valueOf(typed);
            case NUMBER -> typed.isEmpty() ? null : number(typed);
            default -> typed.isEmpty() ? null : typed;
        };
    }

    /** A number as typed ("7.5", "7,5"), else the text itself: the API answers "must be a number" for it. */
    private static Object number(String typed) {
        try {
            return new BigDecimal(typed.replace(',', '.'));
        } catch (NumberFormatException e) {
            return typed;
        }
    }

    @SuppressWarnings("unchecked")
    private static void put(Map<String, Object> tree, String name, Object value) {
        int dot = name.indexOf('.');
        if (dot < 0) {
            tree.put(name, value);
            return;
        }
        Map<String, Object> child =
                (Map<String, Object>) tree.computeIfAbsent(name.substring(0, dot), k -> new LinkedHashMap<>());
        put(child, name.substring(dot + 1), value);
    }

    @SuppressWarnings("unchecked")
    private static JsonObject build(Map<String, Object> tree) {
        JsonObjectBuilder object = Json.createObjectBuilder();
        tree.forEach((name, value) -> {
            switch (value) {
                case Map<?, ?> child -> object.add(name, build((Map<String, Object>) child));
                case BigDecimal number -> object.add(name, number);
                case Boolean flag -> object.add(name, flag);
                default -> object.add(name, value.toString());
            }
        });
        return object.build();
    }

    /** Every field of every section, for templates that lay them out themselves. */
    public List<Field> fields() {
        List<Field> all = new ArrayList<>();
        sections.forEach(s -> all.addAll(s.fields()));
        return all;
    }
}
