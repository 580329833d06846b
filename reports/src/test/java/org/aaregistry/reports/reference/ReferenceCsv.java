package org.aaregistry.reports.reference;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.function.Predicate;

/** A CSV file written by R's {@code write.csv(row.names = FALSE)}: quoted text, bare numbers, NA. */
public final class ReferenceCsv {
    private final List<Row> rows;

    private ReferenceCsv(List<Row> rows) {
        this.rows = rows;
    }

    /** Reads {@code /reference/<name>} from the class path. */
    public static ReferenceCsv read(String name) {
        String text = ReferenceFiles.text(name);
        String[] lines = text.split("\r?\n");
        List<String> header = fields(lines[0]);
        List<Row> rows = new ArrayList<>();
        for (int i = 1; i < lines.length; i++) {
            if (lines[i].isBlank()) {
                continue;
            }
            List<String> values = fields(lines[i]);
            if (values.size() != header.size()) {
                throw new IllegalStateException(name + " line " + (i + 1) + " has " + values.size() + " fields");
            }
            Map<String, String> row = new HashMap<>();
            for (int c = 0; c < header.size(); c++) {
                row.put(header.get(c), values.get(c));
            }
            rows.add(new Row(row));
        }
        return new ReferenceCsv(List.copyOf(rows));
    }

    private static List<String> fields(String line) {
        List<String> fields = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char ch = line.charAt(i);
            if (ch == '"') {
                quoted = !quoted;
            } else if (ch == ',' && !quoted) {
                fields.add(field.toString());
                field.setLength(0);
            } else {
                field.append(ch);
            }
        }
        fields.add(field.toString());
        return fields;
    }

    public List<Row> rows() {
        return rows;
    }

    public List<Row> rows(Predicate<Row> filter) {
        return rows.stream().filter(filter).toList();
    }

    /** One line of the file, by column name. */
    public record Row(Map<String, String> values) {
        public String text(String column) {
            String value = values.get(column);
            if (value == null) {
                throw new IllegalArgumentException("no column " + column + " in " + values.keySet());
            }
            return value;
        }

        /** The number in {@code column}, absent for R's NA. */
        public OptionalDouble number(String column) {
            String value = text(column);
            return value.equals("NA") ? OptionalDouble.empty() : OptionalDouble.of(Double.parseDouble(value));
        }

        public double real(String column) {
            return number(column).orElseThrow();
        }

        public int integer(String column) {
            return Integer.parseInt(text(column));
        }
    }

    /** Class-path access to the reference directory. */
    static final class ReferenceFiles {
        private ReferenceFiles() {}

        static String text(String name) {
            try (InputStream in = ReferenceCsv.class.getResourceAsStream("/reference/" + name)) {
                if (in == null) {
                    throw new IllegalStateException("reference file not on the class path: " + name);
                }
                return new String(in.readAllBytes(), StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}
