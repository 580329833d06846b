package org.aaregistry.web.api;

import jakarta.ws.rs.core.MultivaluedMap;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Query parameters a page passes on to the API or builds its links from: only the names the page knows, every
 * value encoded, repeated names kept (a repeated filter means "any of").
 */
public final class Query {

    private final Map<String, List<String>> parameters = new LinkedHashMap<>();

    private Query() {}

    /** The request's parameters of these names, blank values dropped. */
    public static Query of(MultivaluedMap<String, String> request, List<String> names) {
        Query query = new Query();
        for (String name : names) {
            List<String> values = request.get(name);
            if (values != null) {
                values.stream().filter(v -> v != null && !v.isBlank()).forEach(v -> query.add(name, v.strip()));
            }
        }
        return query;
    }

    public static Query empty() {
        return new Query();
    }

    public Query add(String name, String value) {
        parameters.computeIfAbsent(name, k -> new ArrayList<>()).add(value);
        return this;
    }

    /** A copy with {@code name} set to this one value (or removed when null). */
    public Query with(String name, String value) {
        Query copy = copy();
        copy.parameters.remove(name);
        if (value != null) {
            copy.add(name, value);
        }
        return copy;
    }

    public Query without(String name) {
        return with(name, null);
    }

    public String first(String name) {
        List<String> values = parameters.get(name);
        return values == null || values.isEmpty() ? "" : values.get(0);
    }

    public List<String> all(String name) {
        return parameters.getOrDefault(name, List.of());
    }

    public boolean has(String name, String value) {
        return all(name).contains(value);
    }

    /** {@code a=1&b=2}, encoded; empty when there is nothing. */
    public String encoded() {
        return parameters.entrySet().stream()
                .flatMap(e -> e.getValue().stream().map(v -> encode(e.getKey()) + "=" + encode(v)))
                .collect(Collectors.joining("&"));
    }

    /** {@code path?a=1}, or the path alone. */
    public String on(String path) {
        String encoded = encoded();
        return encoded.isEmpty() ? path : path + "?" + encoded;
    }

    private Query copy() {
        Query copy = new Query();
        parameters.forEach((name, values) -> copy.parameters.put(name, new ArrayList<>(values)));
        return copy;
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
