package org.aaregistry.imports.control;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.aaregistry.problem.boundary.InvalidRequest;
import org.aaregistry.problem.boundary.Problem.InvalidField;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.commons.csv.DuplicateHeaderMode;

/**
 * An import file read as RFC 4180 CSV (UTF-8, header row, comma-separated), with the columns checked against
 * the data dictionary's format: every required column present, no unknown column, no duplicate.
 */
public record CsvTable(List<String> header, List<CSVRecord> records) {

    public static final int MAX_ROWS = 50_000;

    /** The columns every row needs, in the order of the template file. */
    public static final List<String> REQUIRED_COLUMNS = List.of(
            "study_id",
            "site_code",
            "sex",
            "birth_year",
            "diagnosis_date",
            "cause",
            "vital_status",
            "last_contact_date");

    /** The optional columns, in the order of the template file (the data dictionary's). */
    public static final List<String> OPTIONAL_COLUMNS = List.of(
            "death_date",
            "cause_of_death",
            "marrow_cellularity_pct",
            "residual_hematopoietic_pct",
            "hb_g_l",
            "anc",
            "platelets",
            "retic_abs",
            "retic_method",
            "first_line_regimen",
            "first_line_start",
            "response_3m",
            "response_6m",
            "response_12m",
            "relapse_date",
            "clonal_evolution_date",
            "clonal_evolution_type",
            "hsct_date",
            "donor_type",
            "graft_source",
            "conditioning",
            "agvhd_grade",
            "cgvhd",
            "graft_failure");

    public static final Set<String> REQUIRED = Set.copyOf(REQUIRED_COLUMNS);

    public static final Set<String> OPTIONAL = Set.copyOf(OPTIONAL_COLUMNS);

    /** The header row of an import file with every column, required ones first. */
    public static String templateHeader() {
        return String.join(",", REQUIRED_COLUMNS) + "," + String.join(",", OPTIONAL_COLUMNS) + "\r\n";
    }

    public static CsvTable parse(String text) {
        String content = text.startsWith("\uFEFF") ? text.substring(1) : text;
        CSVFormat format = CSVFormat.RFC4180
                .builder()
                .setHeader()
                .setSkipHeaderRecord(true)
                .setIgnoreEmptyLines(true)
                .setTrim(true)
                .setDuplicateHeaderMode(DuplicateHeaderMode.ALLOW_ALL)
                .get();
        try (CSVParser parser = CSVParser.parse(new StringReader(content), format)) {
            List<String> header = parser.getHeaderNames();
            checkHeader(header);
            List<CSVRecord> records = new ArrayList<>();
            for (CSVRecord record : parser) {
                if (records.size() == MAX_ROWS) {
                    throw InvalidRequest.of("$", "the file has more than " + MAX_ROWS + " rows; split it");
                }
                records.add(record);
            }
            return new CsvTable(header, records);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (IllegalArgumentException | IllegalStateException | UncheckedIOException malformed) {
            throw InvalidRequest.of("$", "the file is not valid CSV: " + described(malformed));
        }
    }

    /**
     * Why a row cannot be read as the header says, or null: RFC 4180 gives every row as many cells as the header
     * has columns. A row with more would put its values under the wrong columns or drop them; a row with fewer,
     * read leniently, would leave the last columns blank without anyone having left them blank.
     */
    public String cellCountProblem(CSVRecord record) {
        return record.size() == header.size()
                ? null
                : "has " + record.size() + " cells; the header has " + header.size()
                        + " columns (a value with a comma in it must be in double quotes)";
    }

    private static void checkHeader(List<String> header) {
        List<InvalidField> errors = new ArrayList<>();
        Set<String> seen = new LinkedHashSet<>();
        for (String column : header) {
            if (!seen.add(column)) {
                errors.add(new InvalidField("$", "column appears twice", 1, column));
            } else if (!REQUIRED.contains(column) && !OPTIONAL.contains(column)) {
                errors.add(new InvalidField("$", "is not a column of the import format", 1, column));
            }
        }
        for (String column : REQUIRED) {
            if (!seen.contains(column)) {
                errors.add(new InvalidField("$", "required column is missing", 1, column));
            }
        }
        if (!errors.isEmpty()) {
            throw new InvalidRequest(errors);
        }
    }

    /** What is wrong with the file, in words, with its line: never the CSV library's own wording or class names. */
    static String described(Throwable malformed) {
        Throwable innermost = malformed;
        while (innermost.getCause() != null) {
            innermost = innermost.getCause();
        }
        String message =
                innermost.getMessage() == null ? "" : innermost.getMessage().toLowerCase(Locale.ROOT);
        java.util.regex.Matcher line =
                java.util.regex.Pattern.compile("line:? (\\d+(?:,\\d{3})*)").matcher(message);
        String where = line.find() ? " (line " + line.group(1) + ")" : "";
        if (message.contains("eof reached before encapsulated token finished")) {
            return "a quoted value is never closed" + where;
        }
        if (message.contains("between encapsulated token and delimiter")) {
            return "a quoted value is followed by other characters before the next comma" + where;
        }
        if (message.contains("header") && message.contains("empty")) {
            return "the header row has an empty column name";
        }
        return "it cannot be read as comma-separated values" + where;
    }
}
