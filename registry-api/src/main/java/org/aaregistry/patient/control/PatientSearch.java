package org.aaregistry.patient.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import java.sql.Date;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.aaregistry.paging.boundary.PageRequest;

/**
 * The patient list as one SQL query over the indexed columns, with the first-line regimen (the treatment arm
 * of reports) looked up per listed patient. Every condition is a bound parameter; sort columns come from a fixed map.
 */
@ApplicationScoped
public class PatientSearch {

    public static final Map<String, String> SORTABLE = Map.of(
            "studyId", "p.study_id",
            "diagnosisDate", "p.diagnosis_date",
            "severity", "p.severity",
            "site", "p.site_code",
            "lastContactDate", "p.last_contact_date",
            "createdAt", "p.created_at");

    /** The list's conditions; {@code null} or empty means "any". */
    public record Criteria(
            Collection<String> sites,
            Collection<String> severities,
            Collection<String> causes,
            Collection<String> firstLineRegimens,
            Collection<String> vitalStatuses,
            LocalDate diagnosisFrom,
            LocalDate diagnosisTo,
            String studyId,
            String studyIdContains,
            boolean includeVoided,
            boolean incomplete) {}

    /** One row of the list. */
    public record Row(
            UUID id,
            String studyId,
            String site,
            String sex,
            int birthYear,
            LocalDate diagnosisDate,
            String cause,
            String severity,
            String firstLineRegimen,
            String vitalStatus,
            LocalDate lastContactDate,
            long version,
            Integer currentLineNumber,
            String currentLineRegimen,
            List<String> missing) {}

    /** The patient's first treatment line (the treatment arm of reports), as a correlated subquery. */
    private static final String FIRST_LINE =
            "SELECT t.regimen FROM treatment_line t WHERE t.patient_id = p.id AND t.line_number = 1 AND NOT t.voided";

    /** The patient's latest line, number and regimen: what they are on (or were last on). */
    private static final String CURRENT_LINE = "SELECT t.line_number || ' ' || t.regimen FROM treatment_line t"
            + " WHERE t.patient_id = p.id AND NOT t.voided ORDER BY t.line_number DESC LIMIT 1";

    private static final String FROM = " FROM patient p LEFT JOIN course_summary s ON s.patient_id = p.id";

    @PersistenceContext(unitName = "registry")
    EntityManager em;

    public List<Row> page(Criteria criteria, PageRequest page) {
        List<Object> parameters = new ArrayList<>();
        String where = where(criteria, parameters);
        // the first line is read per listed patient through its index, whatever the planner's statistics say
        Query query =
                em.createNativeQuery("SELECT p.id, p.study_id, p.site_code, p.sex, p.birth_year, p.diagnosis_date,"
                        + " p.cause, p.severity, (" + FIRST_LINE
                        + " LIMIT 1), p.vital_status, p.last_contact_date, p.version, (" + CURRENT_LINE + "), "
                        + Completeness.MISSING + FROM + where + page.orderBy("p.id") + " LIMIT " + page.size()
                        + " OFFSET " + page.offset());
        bind(query, parameters);
        List<Row> rows = new ArrayList<>();
        for (Object result : query.getResultList()) {
            Object[] c = (Object[]) result;
            rows.add(new Row(
                    (UUID) c[0],
                    text(c[1]),
                    text(c[2]),
                    text(c[3]),
                    ((Number) c[4]).intValue(),
                    date(c[5]),
                    text(c[6]),
                    text(c[7]),
                    text(c[8]),
                    text(c[9]),
                    date(c[10]),
                    ((Number) c[11]).longValue(),
                    c[12] == null ? null : Integer.valueOf(c[12].toString().split(" ")[0]),
                    c[12] == null ? null : c[12].toString().split(" ")[1],
                    codes(c[13])));
        }
        return rows;
    }

    public long count(Criteria criteria) {
        List<Object> parameters = new ArrayList<>();
        String where = where(criteria, parameters);
        Query query = em.createNativeQuery("SELECT count(*)" + FROM + where);
        bind(query, parameters);
        return ((Number) query.getSingleResult()).longValue();
    }

    private static String where(Criteria c, List<Object> parameters) {
        StringBuilder where = new StringBuilder(" WHERE true");
        if (!c.includeVoided()) {
            where.append(" AND NOT p.voided");
        }
        any(where, parameters, "p.site_code", c.sites());
        any(where, parameters, "p.severity", c.severities());
        any(where, parameters, "p.cause", c.causes());
        if (c.firstLineRegimens() != null) {
            where.append(" AND EXISTS (").append(FIRST_LINE.replace("SELECT t.regimen", "SELECT 1"));
            any(where, parameters, "t.regimen", c.firstLineRegimens());
            where.append(')');
        }
        any(where, parameters, "p.vital_status", c.vitalStatuses());
        if (c.diagnosisFrom() != null) {
            parameters.add(c.diagnosisFrom());
            where.append(" AND p.diagnosis_date >= ?").append(parameters.size());
        }
        if (c.diagnosisTo() != null) {
            parameters.add(c.diagnosisTo());
            where.append(" AND p.diagnosis_date <= ?").append(parameters.size());
        }
        if (c.studyId() != null) {
            parameters.add(c.studyId());
            where.append(" AND p.study_id = ?").append(parameters.size());
        }
        if (c.studyIdContains() != null) {
            // LIKE's wildcards in what was typed match themselves
            parameters.add("%"
                    + c.studyIdContains()
                            .replace("\\", "\\\\")
                            .replace("%", "\\%")
                            .replace("_", "\\_") + "%");
            where.append(" AND p.study_id ILIKE ?").append(parameters.size());
        }
        if (c.incomplete()) {
            where.append(" AND cardinality(").append(Completeness.MISSING).append(") > 0");
        }
        return where.toString();
    }

    private static void any(StringBuilder where, List<Object> parameters, String column, Collection<String> values) {
        if (values == null) {
            return;
        }
        if (values.isEmpty()) {
            where.append(" AND false");
            return;
        }
        where.append(" AND ").append(column).append(" IN (");
        String separator = "";
        for (String value : values) {
            parameters.add(value);
            where.append(separator).append('?').append(parameters.size());
            separator = ", ";
        }
        where.append(')');
    }

    private static void bind(Query query, List<Object> parameters) {
        for (int i = 0; i < parameters.size(); i++) {
            query.setParameter(i + 1, parameters.get(i));
        }
    }

    /** A text[] column as Hibernate returns it (an array, or a java.sql.Array). */
    private static List<String> codes(Object value) {
        Object[] array;
        try {
            array = switch (value) {
                case null -> new Object[0];
                case Object[] values -> values;
                case java.sql.Array sql -> (Object[]) sql.getArray();
                default -> new Object[] {value};
            };
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException(e);
        }
        return java.util.Arrays.stream(array).map(Object::toString).toList();
    }

    /** Hibernate returns a varchar(1) column as a Character. */
    private static String text(Object value) {
        return value == null ? null : value.toString();
    }

    private static LocalDate date(Object value) {
        return switch (value) {
            case null -> null;
            case LocalDate date -> date;
            case Date date -> date.toLocalDate();
            default -> LocalDate.parse(value.toString());
        };
    }
}
