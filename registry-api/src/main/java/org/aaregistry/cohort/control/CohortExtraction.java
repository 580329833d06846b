package org.aaregistry.cohort.control;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import javax.sql.DataSource;

/**
 * Extracts a cohort as it stood at the data cut-off — lines, transplants and responses after it are not seen —
 * in one read-only, repeatable-read transaction — a consistent snapshot even while
 * coordinators keep writing — streaming the rows of a single SQL query into {@link Cohort}'s columns. Every
 * joined row is unique by the schema's own constraints (one current line per number, one derived response per
 * line, time point and rule set, one recorded response per line and time point, the earliest transplant), so
 * the query is plain joins the planner may answer with hash joins over whole tables for a large cohort and with
 * index look-ups for a small one. (Lateral look-ups per patient cost 21 µs a patient: 20 s for 1,000,000.)
 */
@ApplicationScoped
public class CohortExtraction {

    private static final String QUERY = """
            SELECT p.site_code, p.sex, p.birth_year, p.diagnosis_date, p.cause, p.severity, p.vital_status,
                   p.last_contact_date, p.death_date, p.baseline_hemoglobin, p.baseline_anc, p.baseline_platelets,
                   p.baseline_reticulocytes, p.pnh_clone_percent,
                   l1.regimen, l1.start_date, l2.start_date,
                   t.transplant_date, t.donor_type, t.graft_source, t.graft_failure, t.graft_failure_date,
                   t.acute_gvhd_grade, t.acute_gvhd_onset, t.chronic_gvhd, t.chronic_gvhd_onset,
                   coalesce(t.neutrophil_engraftment_derived, t.neutrophil_engraftment_date),
                   coalesce(t.platelet_engraftment_derived, t.platelet_engraftment_date),
                   ev.relapse, ev.clonal, ev.pnh,
                   d3.category, d6.category, d12.category, db.category,
                   least(CASE WHEN d3.category IN ('CR', 'PR') THEN d3.count_date END,
                         CASE WHEN d6.category IN ('CR', 'PR') THEN d6.count_date END,
                         CASE WHEN d12.category IN ('CR', 'PR') THEN d12.count_date END),
                   r3.category, r6.category, r12.category
            FROM (SELECT ?::date AS cut_off, ?::text AS rule_set) q
            CROSS JOIN patient p
            LEFT JOIN treatment_line l1 ON l1.patient_id = p.id AND l1.line_number = 1 AND NOT l1.voided
                                       AND l1.start_date <= q.cut_off
            LEFT JOIN treatment_line l2 ON l2.patient_id = p.id AND l2.line_number = 2 AND NOT l2.voided
                                       AND l2.start_date <= q.cut_off
            LEFT JOIN transplant t ON t.patient_id = p.id AND NOT t.voided AND t.transplant_date <= q.cut_off
                                  AND NOT EXISTS (SELECT 1 FROM transplant e WHERE e.patient_id = t.patient_id
                                                  AND NOT e.voided AND e.transplant_date <= q.cut_off
                                                  AND (e.transplant_date, e.id) < (t.transplant_date, t.id))
            LEFT JOIN (SELECT e.patient_id,
                              min(e.event_date) FILTER (WHERE e.event_type = 'RELAPSE') AS relapse,
                              min(e.event_date) FILTER (WHERE e.event_type = 'CLONAL_EVOLUTION') AS clonal,
                              min(e.event_date) FILTER (WHERE e.event_type = 'PNH_CLINICAL') AS pnh
                       FROM clinical_event e WHERE NOT e.voided GROUP BY e.patient_id) ev ON ev.patient_id = p.id
            LEFT JOIN derived_response d3 ON d3.treatment_line_id = l1.id AND d3.time_point = 'MONTH_3'
                                         AND d3.rule_set = q.rule_set
                                         AND (d3.count_date IS NULL OR d3.count_date <= q.cut_off)
            LEFT JOIN derived_response d6 ON d6.treatment_line_id = l1.id AND d6.time_point = 'MONTH_6'
                                         AND d6.rule_set = q.rule_set
                                         AND (d6.count_date IS NULL OR d6.count_date <= q.cut_off)
            LEFT JOIN derived_response d12 ON d12.treatment_line_id = l1.id AND d12.time_point = 'MONTH_12'
                                          AND d12.rule_set = q.rule_set
                                          AND (d12.count_date IS NULL OR d12.count_date <= q.cut_off)
            LEFT JOIN derived_response db ON db.treatment_line_id = l1.id AND db.time_point = 'BEST'
                                         AND db.rule_set = q.rule_set
                                         AND (db.count_date IS NULL OR db.count_date <= q.cut_off)
            LEFT JOIN recorded_response r3 ON r3.treatment_line_id = l1.id AND r3.time_point = 'MONTH_3'
                                          AND NOT r3.voided AND l1.start_date + interval '3 months' <= q.cut_off
            LEFT JOIN recorded_response r6 ON r6.treatment_line_id = l1.id AND r6.time_point = 'MONTH_6'
                                          AND NOT r6.voided AND l1.start_date + interval '6 months' <= q.cut_off
            LEFT JOIN recorded_response r12 ON r12.treatment_line_id = l1.id AND r12.time_point = 'MONTH_12'
                                           AND NOT r12.voided AND l1.start_date + interval '12 months' <= q.cut_off
            WHERE NOT p.voided AND p.diagnosis_date <= q.cut_off""";

    @Resource(lookup = "java:app/jdbc/registry")
    DataSource database;

    @Transactional(Transactional.TxType.NOT_SUPPORTED)
    public Cohort extract(CohortCriteria criteria) {
        List<Object> parameters = new ArrayList<>();
        parameters.add(java.sql.Date.valueOf(criteria.cutOff()));
        parameters.add(criteria.responseRuleSet());
        String sql = QUERY + where(criteria, parameters);
        try (Connection connection = database.getConnection()) {
            connection.setAutoCommit(false);
            try (Statement snapshot = connection.createStatement()) {
                snapshot.execute("SET TRANSACTION ISOLATION LEVEL REPEATABLE READ, READ ONLY");
            }
            try (PreparedStatement query = connection.prepareStatement(sql)) {
                query.setFetchSize(10_000);
                bind(query, parameters);
                try (ResultSet rows = query.executeQuery()) {
                    Cohort cohort = new CohortColumns(criteria.cutOff()).read(rows);
                    connection.commit();
                    return cohort;
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("the cohort could not be extracted", e);
        }
    }

    static String where(CohortCriteria c, List<Object> parameters) {
        StringBuilder where = new StringBuilder();
        any(where, parameters, "p.site_code", c.sites());
        any(where, parameters, "p.cause", c.causes());
        any(where, parameters, "p.severity", c.severities());
        any(where, parameters, "l1.regimen", c.firstLineRegimens());
        any(where, parameters, "t.donor_type", c.donorTypes());
        if (c.transplanted() != null) {
            where.append(c.transplanted() ? " AND t.transplant_date IS NOT NULL" : " AND t.transplant_date IS NULL");
        }
        condition(
                where,
                parameters,
                " AND p.diagnosis_date >= ?",
                c.diagnosisFrom() == null ? null : java.sql.Date.valueOf(c.diagnosisFrom()));
        condition(
                where,
                parameters,
                " AND p.diagnosis_date <= ?",
                c.diagnosisTo() == null ? null : java.sql.Date.valueOf(c.diagnosisTo()));
        condition(where, parameters, " AND extract(year FROM p.diagnosis_date) - p.birth_year >= ?", c.ageFrom());
        condition(where, parameters, " AND extract(year FROM p.diagnosis_date) - p.birth_year <= ?", c.ageTo());
        return where.toString();
    }

    private static void condition(StringBuilder where, List<Object> parameters, String sql, Object value) {
        if (value != null) {
            where.append(sql);
            parameters.add(value);
        }
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
            where.append(separator).append('?');
            parameters.add(value);
            separator = ", ";
        }
        where.append(')');
    }

    private static void bind(PreparedStatement statement, List<Object> parameters) throws SQLException {
        for (int i = 0; i < parameters.size(); i++) {
            statement.setObject(i + 1, parameters.get(i));
        }
    }
}
