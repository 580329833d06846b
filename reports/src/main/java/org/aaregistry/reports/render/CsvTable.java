package org.aaregistry.reports.render;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * A CSV document as RFC 4180 defines it — a header line, CRLF line ends, fields quoted when they hold a
 * comma, quote or line break, quotes doubled — in UTF-8 without a byte-order mark.
 *
 * <p>Text that a spreadsheet would run as a formula (starting with =, +, −, @, tab or carriage return)
 * is prefixed with an apostrophe (OWASP, "CSV Injection"): group labels and category names come from
 * users. Numbers are written by this class and never need it.
 */
final class CsvTable {
    private final List<String> header;
    private final List<String[]> rows = new ArrayList<>();

    /** @param header the header line, column names separated by commas */
    CsvTable(String header) {
        this.header = List.of(header.split(","));
    }

    /** Starts a row; unset fields stay empty. */
    Row row() {
        String[] fields = new String[header.size()];
        Arrays.fill(fields, "");
        rows.add(fields);
        return new Row(fields);
    }

    byte[] bytes() {
        StringBuilder csv = new StringBuilder(64 * (rows.size() + 1));
        appendLine(csv, header.toArray(String[]::new));
        for (String[] row : rows) {
            appendLine(csv, row);
        }
        return csv.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static void appendLine(StringBuilder csv, String[] fields) {
        for (int i = 0; i < fields.length; i++) {
            if (i > 0) {
                csv.append(',');
            }
            String field = fields[i];
            if (field.indexOf(',') >= 0
                    || field.indexOf('"') >= 0
                    || field.indexOf('\n') >= 0
                    || field.indexOf('\r') >= 0) {
                csv.append('"').append(field.replace("\"", "\"\"")).append('"');
            } else {
                csv.append(field);
            }
        }
        csv.append("\r\n");
    }

    /** Text that could start a spreadsheet formula, defused with a leading apostrophe. */
    static String text(String value) {
        if (value == null || value.isEmpty()) {
            return "";
        }
        char first = value.charAt(0);
        return first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r'
                ? "'" + value
                : value;
    }

    /** A number in the shortest plain form that reads back to the same double ("365", "0.336", "0.00001"). */
    static String number(Double value) {
        if (value == null) {
            return "";
        }
        if (value == Math.rint(value) && Math.abs(value) < 1e15) {
            return Long.toString(value.longValue());
        }
        return BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
    }

    /** One row being filled by column name. */
    final class Row {
        private final String[] fields;

        private Row(String[] fields) {
            this.fields = fields;
        }

        /** Sets a field that is already CSV-safe (a number or a code written by this package). */
        Row set(String column, String value) {
            int index = header.indexOf(column);
            if (index < 0) {
                throw new IllegalArgumentException("no column " + column + " in " + header);
            }
            fields[index] = value == null ? "" : value;
            return this;
        }

        /** Sets a field holding text from users (a label), defused against formula injection. */
        Row text(String column, String value) {
            return set(column, CsvTable.text(value));
        }

        Row number(String column, Double value) {
            return set(column, CsvTable.number(value));
        }
    }
}
