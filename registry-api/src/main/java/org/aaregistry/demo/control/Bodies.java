package org.aaregistry.demo.control;

import jakarta.json.Json;
import jakarta.json.JsonBuilderFactory;
import jakarta.json.JsonObjectBuilder;
import java.util.Map;

/**
 * Builders of request bodies from one factory: {@code Json.createObjectBuilder()} looks the JSON provider up
 * through the service loader on every call, which made generating a million patients take many minutes.
 */
final class Bodies {

    private static final JsonBuilderFactory FACTORY = Json.createBuilderFactory(Map.of());

    private Bodies() {}

    static JsonObjectBuilder object() {
        return FACTORY.createObjectBuilder();
    }
}
