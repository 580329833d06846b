package org.aaregistry.audit.boundary;

import java.io.IOException;
import java.io.Writer;

/**
 * RFC 4180 CSV lines. A cell that a spreadsheet would run as a formula (starting with = + - @) is prefixed
 * with an apostrophe (OWASP CSV injection).
 */
final class CsvExport {

    /**
     * CSV at a lower server quality than JSON: the searches offer both on one path, and for a request that states
     * no preference (no {@code Accept}, or {@code *}{@code /*}) JAX-RS leaves the choice between equal qualities
     * open — it varied between deployments. An export is asked for by name.
     */
    static final String MEDIA_TYPE = "text/csv;qs=0.5";

    private CsvExport() {}

    static void line(Writer out, String[] cells) throws IOException {
        for (int i = 0; i < cells.length; i++) {
            if (i > 0) {
                out.write(',');
            }
            out.write(cell(cells[i]));
        }
        out.write("\r\n");
    }

    static String cell(String value) {
        if (value == null) {
            return "";
        }
        String safe = !value.isEmpty() && "=+-@\t\r".indexOf(value.charAt(0)) >= 0 ? "'" + value : value;
        if (safe.contains(",") || safe.contains("\"") || safe.contains("\n") || safe.contains("\r")) {
            return "\"" + safe.replace("\"", "\"\"") + "\"";
        }
        return safe;
    }
}
