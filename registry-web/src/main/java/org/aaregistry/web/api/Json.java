package org.aaregistry.web.api;

import jakarta.json.JsonArray;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The API's JSON as plain Java for the templates: objects become maps, arrays lists, numbers {@link
 * java.math.BigDecimal}, strings and booleans themselves, JSON null null. The pages show what the API said; they
 * compute nothing from it.
 */
public final class Json {

    private Json() {}

    public static Object plain(JsonValue value) {
        if (value == null) {
            return null;
        }
        return switch (value.getValueType()) {
            case OBJECT -> object((JsonObject) value);
            case ARRAY -> list((JsonArray) value);
            case STRING -> ((JsonString) value).getString();
            case NUMBER -> ((JsonNumber) value).bigDecimalValue();
            case TRUE -> Boolean.TRUE;
            case FALSE -> Boolean.FALSE;
            case NULL -> null;
        };
    }

    public static Map<String, Object> object(JsonObject object) {
        Map<String, Object> map = new LinkedHashMap<>();
        object.forEach((key, value) -> map.put(key, plain(value)));
        return map;
    }

    public static List<Object> list(JsonArray array) {
        List<Object> list = new ArrayList<>(array.size());
        array.forEach(value -> list.add(plain(value)));
        return list;
    }

    /**
     * A nested object flattened to form-field names: {@code {"marrow":{"cellularityPercent":10}}} gives {@code
     * marrow.cellularityPercent = "10"}; what a form shows when it edits a record.
     */
    public static Map<String, String> flatten(JsonObject object) {
        Map<String, String> fields = new LinkedHashMap<>();
        flatten("", object, fields);
        return fields;
    }

    private static void flatten(String prefix, JsonObject object, Map<String, String> fields) {
        object.forEach((key, value) -> {
            String name = prefix + key;
            switch (value.getValueType()) {
                case OBJECT -> flatten(name + ".", (JsonObject) value, fields);
                case STRING -> fields.put(name, ((JsonString) value).getString());
                case NUMBER ->
                    fields.put(
                            name,
                            ((JsonNumber) value)
                                    .bigDecimalValue()
                                    .stripTrailingZeros()
                                    .toPlainString());
                case TRUE -> fields.put(name, "true");
                case FALSE -> fields.put(name, "false");
                default -> {}
            }
        });
    }
}
