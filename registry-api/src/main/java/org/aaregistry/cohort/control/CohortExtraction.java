package org.aaregistry.cohort.control;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import jakarta.transaction.Transactional;
import java.io.IOException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Collection;
import java.util.Set;
import javax.sql.DataSource;
import org.aaregistry.cohort.control.Cohort.Part;
import org.aaregistry.outcome.entity.ResponseRuleSet;
import org.postgresql.PGConnection;
import org.postgresql.copy.PGCopyInputStream;

/**
 * Extracts a cohort from the course summary (V8, one row per patient) as it stood at the data cut-off, in one
 * read-only, repeatable-read transaction — a consistent snapshot even while coordinators keep writing. Only the
 * columns of the parts a report reads travel, as PostgreSQL's binary COPY stream, which the database writes while
 * {@link CopyRows} reads it: no row objects, no round trip per batch of rows.
 *
 * <p>COPY takes no bound parameters, so the cohort's filters travel as one JSON document in a setting local to the
 * transaction ({@code registry.cohort}), bound like any parameter and read back by the query: no value of a
 * request is ever part of the SQL text.
 */
@ApplicationScoped
public class CohortExtraction {

    /** The cohort's filters, read once from the transaction's setting. */
    private static final String FILTERS = """
            SELECT (c ->> 'cutOff')::date AS cut_off,
                   ARRAY(SELECT jsonb_array_elements_text(c -> 'sites')) AS sites,
                   ARRAY(SELECT jsonb_array_elements_text(c -> 'causes')) AS causes,
                   ARRAY(SELECT jsonb_array_elements_text(c -> 'severities')) AS severities,
                   ARRAY(SELECT jsonb_array_elements_text(c -> 'firstLineRegimens')) AS regimens,
                   ARRAY(SELECT jsonb_array_elements_text(c -> 'donorTypes')) AS donor_types,
                   (c ->> 'diagnosisFrom')::date AS diagnosis_from, (c ->> 'diagnosisTo')::date AS diagnosis_to,
                   (c ->> 'ageFrom')::int AS age_from, (c ->> 'ageTo')::int AS age_to
            FROM (SELECT current_setting('registry.cohort')::jsonb AS c) j""";

    @Resource(lookup = "java:app/jdbc/registry")
    DataSource database;

    public CohortExtraction() {}

    /** Over a data source of one's own, outside the server: the benchmarks. */
    public CohortExtraction(DataSource database) {
        this.database = database;
    }

    @Transactional(Transactional.TxType.NOT_SUPPORTED)
    public Cohort extract(CohortCriteria criteria, Set<Part> parts) {
        CohortColumns columns = new CohortColumns(parts, criteria.cutOff());
        Set<Part> read = columns.parts();
        // q is materialised: evaluated once, not inlined into a condition that would parse the JSON for every row
        String sql = "COPY (WITH q AS MATERIALIZED (" + FILTERS + ") SELECT "
                + CohortColumns.select(read, ResponseRuleSet.valueOf(criteria.responseRuleSet()))
                + " FROM course_summary s, q WHERE s.diagnosis_date <= q.cut_off" + where(criteria)
                + ") TO STDOUT (FORMAT binary)";
        try (Connection connection = database.getConnection()) {
            connection.setAutoCommit(false);
            try {
                try (Statement snapshot = connection.createStatement()) {
                    snapshot.execute("SET TRANSACTION ISOLATION LEVEL REPEATABLE READ, READ ONLY");
                }
                try (PreparedStatement filters =
                        connection.prepareStatement("SELECT set_config('registry.cohort', ?, true)")) {
                    filters.setString(1, filters(criteria));
                    filters.execute();
                }
                Cohort cohort;
                try (PGCopyInputStream stream = new PGCopyInputStream(connection.unwrap(PGConnection.class), sql)) {
                    cohort = columns.read(new CopyRows(stream));
                }
                connection.commit();
                return cohort;
            } catch (SQLException | IOException | RuntimeException e) {
                connection.rollback();
                throw e;
            }
        } catch (SQLException | IOException e) {
            throw new IllegalStateException("the cohort could not be extracted", e);
        }
    }

    /** The conditions of the filters given, on the course summary {@code s} and the filters {@code q}. */
    static String where(CohortCriteria c) {
        StringBuilder where = new StringBuilder();
        any(where, "s.site_code", "q.sites", c.sites());
        any(where, "s.cause", "q.causes", c.causes());
        any(where, "s.severity", "q.severities", c.severities());
        // the treatment arm and the donor as they stood at the cut-off
        any(where, "s.first_line_start <= q.cut_off AND s.first_line_regimen", "q.regimens", c.firstLineRegimens());
        any(where, "s.transplant_date <= q.cut_off AND s.donor_type", "q.donor_types", c.donorTypes());
        if (c.transplanted() != null) {
            where.append(
                    c.transplanted()
                            ? " AND s.transplant_date <= q.cut_off"
                            : " AND (s.transplant_date IS NULL OR s.transplant_date > q.cut_off)");
        }
        if (c.diagnosisFrom() != null) {
            where.append(" AND s.diagnosis_date >= q.diagnosis_from");
        }
        if (c.diagnosisTo() != null) {
            where.append(" AND s.diagnosis_date <= q.diagnosis_to");
        }
        if (c.ageFrom() != null) {
            where.append(" AND extract(year FROM s.diagnosis_date) - s.birth_year >= q.age_from");
        }
        if (c.ageTo() != null) {
            where.append(" AND extract(year FROM s.diagnosis_date) - s.birth_year <= q.age_to");
        }
        return where.toString();
    }

    private static void any(StringBuilder where, String column, String values, Collection<String> given) {
        if (given == null) {
            return;
        }
        where.append(given.isEmpty() ? " AND false" : " AND (" + column + " = ANY (" + values + "))");
    }

    /** The filters as the JSON document the query reads (absent filters are left out). */
    static String filters(CohortCriteria c) {
        JsonObjectBuilder json =
                Json.createObjectBuilder().add("cutOff", c.cutOff().toString());
        list(json, "sites", c.sites());
        list(json, "causes", c.causes());
        list(json, "severities", c.severities());
        list(json, "firstLineRegimens", c.firstLineRegimens());
        list(json, "donorTypes", c.donorTypes());
        if (c.diagnosisFrom() != null) {
            json.add("diagnosisFrom", c.diagnosisFrom().toString());
        }
        if (c.diagnosisTo() != null) {
            json.add("diagnosisTo", c.diagnosisTo().toString());
        }
        if (c.ageFrom() != null) {
            json.add("ageFrom", c.ageFrom());
        }
        if (c.ageTo() != null) {
            json.add("ageTo", c.ageTo());
        }
        return json.build().toString();
    }

    private static void list(JsonObjectBuilder json, String name, Collection<String> values) {
        if (values != null) {
            JsonArrayBuilder array = Json.createArrayBuilder();
            values.forEach(array::add);
            json.add(name, array);
        }
    }
}
