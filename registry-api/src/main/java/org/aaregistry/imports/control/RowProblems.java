package org.aaregistry.imports.control;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.aaregistry.problem.boundary.InvalidRequest;
import org.aaregistry.problem.boundary.Problem.InvalidField;

/** The problems of an import file, each moved from the JSON path the API names to the row and column. */
public final class RowProblems {

    private final List<InvalidField> problems = new ArrayList<>();

    /** Runs one check of a row; its refusal is recorded against the row's columns instead of thrown. */
    public <T> T check(int row, Map<String, String> columns, java.util.function.Supplier<T> check) {
        try {
            return check.get();
        } catch (InvalidRequest invalid) {
            for (InvalidField field : invalid.errors()) {
                add(row, columns.getOrDefault(field.field(), column(field.field(), columns)), field.message());
            }
            return null;
        }
    }

    public void add(int row, String column, String message) {
        problems.add(new InvalidField(null, message, row, column));
    }

    public boolean none() {
        return problems.isEmpty();
    }

    public List<InvalidField> list() {
        return List.copyOf(problems);
    }

    /** A nested path (e.g. {@code $.baselineCounts}) not in the map: its closest mapped parent, else the row. */
    private static String column(String path, Map<String, String> columns) {
        return columns.entrySet().stream()
                .filter(entry -> entry.getKey().startsWith(path) || path.startsWith(entry.getKey()))
                .map(Map.Entry::getValue)
                .findFirst()
                .orElse("(row)");
    }
}
