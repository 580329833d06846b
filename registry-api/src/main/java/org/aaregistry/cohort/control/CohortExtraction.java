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
 * coordinators keep writing — streaming the rows of a single SQL query into {@link Cohort}'s columns. Each
 * patient's lines, transplant, events and responses are lateral look-ups through their indexes, a plan that
 * stays fast whether or not the planner's statistics are fresh.
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
                   d.m3, d.m6, d.m12, d.best, d.first_response,
                   rr.m3, rr.m6, rr.m12
            FROM (SELECT ?::date AS cut_off, ?::text AS rule_set) q
            CROSS JOIN patient p
            LEFT JOIN LATERAL (SELECT x.id, x.regimen, x.start_date FROM treatment_line x WHERE x.patient_id = p.id
                               AND x.line_number = 1 AND NOT x.voided AND x.start_date <= q.cut_off LIMIT 1) l1 ON true
            LEFT JOIN LATERAL (SELECT x.start_date FROM treatment_line x WHERE x.patient_id = p.id
                               AND x.line_number = 2 AND NOT x.voided AND x.start_date <= q.cut_off LIMIT 1) l2 ON true
            LEFT JOIN LATERAL (SELECT * FROM transplant x WHERE x.patient_id = p.id AND NOT x.voided
                               AND x.transplant_date <= q.cut_off ORDER BY x.transplant_date LIMIT 1) t ON true
            LEFT JOIN LATERAL (SELECT min(e.event_date) FILTER (WHERE e.event_type = 'RELAPSE') AS relapse,
                                      min(e.event_date) FILTER (WHERE e.event_type = 'CLONAL_EVOLUTION') AS clonal,
                                      min(e.event_date) FILTER (WHERE e.event_type = 'PNH_CLINICAL') AS pnh
                               FROM clinical_event e WHERE e.patient_id = p.id AND NOT e.voided) ev ON true
            LEFT JOIN LATERAL (SELECT max(r.category) FILTER (WHERE r.time_point = 'MONTH_3') AS m3,
                                      max(r.category) FILTER (WHERE r.time_point = 'MONTH_6') AS m6,
                                      max(r.category) FILTER (WHERE r.time_point = 'MONTH_12') AS m12,
                                      max(r.category) FILTER (WHERE r.time_point = 'BEST') AS best,
                                      min(r.count_date) FILTER (WHERE r.time_point <> 'BEST'
                                                                AND r.category IN ('CR', 'PR')) AS first_response
                               FROM derived_response r WHERE r.treatment_line_id = l1.id AND r.rule_set = q.rule_set
                               AND (r.count_date IS NULL OR r.count_date <= q.cut_off)) d ON true
            LEFT JOIN LATERAL (SELECT max(r.category) FILTER (WHERE r.time_point = 'MONTH_3') AS m3,
                                      max(r.category) FILTER (WHERE r.time_point = 'MONTH_6') AS m6,
                                      max(r.category) FILTER (WHERE r.time_point = 'MONTH_12') AS m12
                               FROM recorded_response r WHERE r.treatment_line_id = l1.id AND NOT r.voided
                               AND l1.start_date + CASE r.time_point WHEN 'MONTH_3' THEN interval '3 months'
                                   WHEN 'MONTH_6' THEN interval '6 months' ELSE interval '12 months' END
                                   <= q.cut_off) rr ON true
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
