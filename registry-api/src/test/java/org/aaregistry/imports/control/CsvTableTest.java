package org.aaregistry.imports.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.aaregistry.problem.boundary.InvalidRequest;
import org.junit.jupiter.api.Test;

/** How an import file's shape is read: every row as wide as the header, and faults told in words. */
class CsvTableTest {

    private static final String HEADER = String.join(",", CsvTable.REQUIRED_COLUMNS) + "\r\n";
    private static final String ROW = "SITEA-1,SITE-A,F,1980,2024-01-10,IDIOPATHIC,ALIVE,2025-06-01";

    @Test
    void aRowAsWideAsTheHeaderIsReadAndOneWiderOrNarrowerIsNamed() {
        CsvTable table = CsvTable.parse(HEADER + ROW + "\r\n" + ROW + ",extra\r\n" + "SITEA-3,SITE-A\r\n");
        assertThat(table.records()).hasSize(3);
        assertThat(table.cellCountProblem(table.records().get(0))).isNull();
        assertThat(table.cellCountProblem(table.records().get(1))).startsWith("has 9 cells; the header has 8 columns");
        assertThat(table.cellCountProblem(table.records().get(2))).startsWith("has 2 cells; the header has 8 columns");
    }

    @Test
    void anUnclosedQuoteIsToldInWordsWithItsLineNeverWithTheLibrarysClassNames() {
        assertThatThrownBy(() ->
                        CsvTable.parse(HEADER + "\"SITEA-1,SITE-A,F,1980,2024-01-10,IDIOPATHIC,ALIVE,2025-06-01\r\n"))
                .isInstanceOfSatisfying(
                        InvalidRequest.class,
                        refusal -> assertThat(refusal.errors().get(0).message())
                                .startsWith("the file is not valid CSV: a quoted value is never closed")
                                .doesNotContain("java.")
                                .doesNotContain("Exception"));
        assertThatThrownBy(() -> CsvTable.parse(
                        HEADER + "\"SITEA-1\"x,SITE-A,F,1980,2024-01-10,IDIOPATHIC,ALIVE,2025-06-01\r\n"))
                .isInstanceOfSatisfying(
                        InvalidRequest.class,
                        refusal -> assertThat(refusal.errors().get(0).message())
                                .startsWith("the file is not valid CSV: a quoted value is followed by other characters")
                                .contains("(line 2)"));
    }
}
