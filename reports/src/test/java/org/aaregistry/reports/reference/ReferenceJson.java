package org.aaregistry.reports.reference;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Just enough JSON for the reference files written by R's {@code jsonlite}: objects, arrays, numbers,
 * strings, booleans and null. Objects become {@link Map}s, arrays {@link List}s, numbers {@link
 * Double}s.
 */
public final class ReferenceJson {
    private final String text;
    private int at;

    private ReferenceJson(String text) {
        this.text = text;
    }

    /** Reads and parses {@code /reference/<name>} from the class path. */
    public static Map<String, Object> read(String name) {
        ReferenceJson parser = new ReferenceJson(ReferenceCsv.ReferenceFiles.text(name));
        Object value = parser.value();
        parser.skipSpace();
        if (parser.at != parser.text.length()) {
            throw parser.error("trailing text");
        }
        @SuppressWarnings("unchecked")
        Map<String, Object> object = (Map<String, Object>) value;
        return object;
    }

    /** Follows a path of keys through nested objects. */
    @SuppressWarnings("unchecked")
    public static <T> T at(Map<String, Object> json, String... path) {
        Object value = json;
        for (String key : path) {
            value = ((Map<String, Object>) value).get(key);
            if (value == null) {
                throw new IllegalArgumentException("no " + String.join(".", path));
            }
        }
        return (T) value;
    }

    /** A JSON array of numbers as a double array. */
    public static double[] numbers(Object array) {
        List<?> list = (List<?>) array;
        double[] result = new double[list.size()];
        for (int i = 0; i < result.length; i++) {
            result[i] = (Double) list.get(i);
        }
        return result;
    }

    private Object value() {
        skipSpace();
        char ch = text.charAt(at);
        return switch (ch) {
            case '{' -> object();
            case '[' -> array();
            case '"' -> string();
            case 't' -> literal("true", Boolean.TRUE);
            case 'f' -> literal("false", Boolean.FALSE);
            case 'n' -> literal("null", null);
            default -> number();
        };
    }

    private Map<String, Object> object() {
        Map<String, Object> object = new LinkedHashMap<>();
        at++;
        skipSpace();
        if (text.charAt(at) == '}') {
            at++;
            return object;
        }
        while (true) {
            skipSpace();
            String key = string();
            skipSpace();
            expect(':');
            object.put(key, value());
            skipSpace();
            if (text.charAt(at) == ',') {
                at++;
            } else {
                expect('}');
                return object;
            }
        }
    }

    private List<Object> array() {
        List<Object> array = new ArrayList<>();
        at++;
        skipSpace();
        if (text.charAt(at) == ']') {
            at++;
            return array;
        }
        while (true) {
            array.add(value());
            skipSpace();
            if (text.charAt(at) == ',') {
                at++;
            } else {
                expect(']');
                return array;
            }
        }
    }

    private String string() {
        expect('"');
        StringBuilder s = new StringBuilder();
        while (text.charAt(at) != '"') {
            char ch = text.charAt(at++);
            if (ch == '\\') {
                char escaped = text.charAt(at++);
                switch (escaped) {
                    case 'n' -> s.append('\n');
                    case 't' -> s.append('\t');
                    case 'u' -> {
                        s.append((char) Integer.parseInt(text.substring(at, at + 4), 16));
                        at += 4;
                    }
                    default -> s.append(escaped);
                }
            } else {
                s.append(ch);
            }
        }
        at++;
        return s.toString();
    }

    private Object literal(String word, Object value) {
        if (!text.startsWith(word, at)) {
            throw error("expected " + word);
        }
        at += word.length();
        return value;
    }

    private Double number() {
        int start = at;
        while (at < text.length() && "+-0123456789.eE".indexOf(text.charAt(at)) >= 0) {
            at++;
        }
        if (start == at) {
            throw error("unexpected character");
        }
        return Double.parseDouble(text.substring(start, at));
    }

    private void expect(char ch) {
        if (at >= text.length() || text.charAt(at) != ch) {
            throw error("expected '" + ch + "'");
        }
        at++;
    }

    private void skipSpace() {
        while (at < text.length() && Character.isWhitespace(text.charAt(at))) {
            at++;
        }
    }

    private IllegalStateException error(String message) {
        return new IllegalStateException(message + " at offset " + at);
    }
}
