package org.aaregistry.paging.boundary;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.aaregistry.problem.boundary.InvalidRequest;
import org.aaregistry.problem.boundary.Problem.InvalidField;

/**
 * A page of a list and its order, checked against the sort fields the list offers.
 *
 * @param sortColumn the query expression to order by, from the list's own map (never the caller's text)
 */
public record PageRequest(int page, int size, String sortColumn, boolean descending) {

    public static final int MAX_SIZE = 200;
    public static final int DEFAULT_SIZE = 50;

    /**
     * @param sortable the list's sort names mapped to the query expressions they stand for
     * @param defaultSort the sort used when the caller names none, e.g. {@code "studyId"} or {@code "-occurredAt"}
     */
    public static PageRequest of(
            Integer page, Integer size, String sort, Map<String, String> sortable, String defaultSort) {
        List<InvalidField> errors = new ArrayList<>();
        int p = page == null ? 0 : page;
        int s = size == null ? DEFAULT_SIZE : size;
        if (p < 0 || p > 100_000) {
            errors.add(new InvalidField("$.page", "must be 0 to 100000"));
        }
        if (s < 1 || s > MAX_SIZE) {
            errors.add(new InvalidField("$.size", "must be 1 to " + MAX_SIZE));
        }
        String requested = sort == null || sort.isBlank() ? defaultSort : sort.strip();
        boolean descending = requested.startsWith("-");
        String name = descending ? requested.substring(1) : requested;
        String column = sortable.get(name);
        if (column == null) {
            errors.add(new InvalidField(
                    "$.sort", "must be one of " + sortable.keySet() + ", '-' in front for descending"));
        }
        if (!errors.isEmpty()) {
            throw new InvalidRequest(errors);
        }
        return new PageRequest(p, s, column, descending);
    }

    public int offset() {
        return page * size;
    }

    public String orderBy(String tieBreaker) {
        String direction = descending ? " desc" : " asc";
        return " order by " + sortColumn + direction + ", " + tieBreaker + direction;
    }
}
