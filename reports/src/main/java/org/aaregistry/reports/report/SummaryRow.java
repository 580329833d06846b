package org.aaregistry.reports.report;

import java.util.List;
import java.util.Objects;

/**
 * One line of a descriptive table.
 *
 * @param variable the variable, e.g. "Sex" or "Age at diagnosis"
 * @param level the category for a categorical line, {@value SummaryTables#MEDIAN_IQR} for a numeric
 *     one, {@value SummaryTables#MISSING} for the patients without a value, or {@value
 *     SummaryTables#PATIENTS} for the group sizes
 * @param unit the unit of a numeric variable (years, ×10⁹/L, %); null for categories
 * @param cells one per group, in the table's group order
 */
public record SummaryRow(String variable, String level, String unit, List<SummaryCell> cells) {

    public SummaryRow {
        Objects.requireNonNull(variable, "variable");
        Objects.requireNonNull(level, "level");
        cells = List.copyOf(cells);
    }
}
