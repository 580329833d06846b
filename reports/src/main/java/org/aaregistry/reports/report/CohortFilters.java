package org.aaregistry.reports.report;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/** The {@code cohort} object of a report: the caller's filters in their order, plus {@code n}. */
final class CohortFilters {
    private CohortFilters() {}

    /** The filters with {@code n} set to the patients actually in the report (replacing any given). */
    static Map<String, Object> withSize(Map<String, Object> filters, int patients) {
        Map<String, Object> cohort = new LinkedHashMap<>(filters == null ? Map.of() : filters);
        cohort.remove("n");
        cohort.put("n", patients);
        return Collections.unmodifiableMap(cohort);
    }

    /** An unmodifiable copy that keeps the caller's order (and tolerates null values, unlike Map.copyOf). */
    static Map<String, Object> copyOf(Map<String, Object> cohort) {
        return Collections.unmodifiableMap(new LinkedHashMap<>(cohort == null ? Map.of() : cohort));
    }
}
