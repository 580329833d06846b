package org.aaregistry.audit.control;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import javax.sql.DataSource;

/**
 * Searches both logs with bound parameters, newest or oldest first by time, on the indexes of V2. Rows are
 * handed over one by one so that an export of a large result never holds it in memory.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.REQUIRED)
public class AuditSearch {

    private static final String TIME = "to_char(occurred_at AT TIME ZONE 'UTC', 'YYYY-MM-DD\"T\"HH24:MI:SS.US\"Z\"')";
    static final String ACCESS_COLUMNS = "seq, " + TIME + ", actor_subject, actor_username, actor_roles, actor_sites,"
            + " action, resource_type, resource_id, study_id, outcome, http_status, client_address, request_id, method,"
            + " path, detail";
    static final String CHANGE_COLUMNS = "seq, " + TIME + ", actor_subject, actor_username, actor_roles, actor_sites,"
            + " operation, entity, entity_id::text, study_id, changes::text, reason, request_id";

    /** A row of a log as text columns, in the order of its column list. */
    public record Row(String[] columns) {}

    @Resource(lookup = "java:app/jdbc/registry")
    DataSource database;

    public List<Row> accessLog(AuditQuery query, boolean newestFirst, int offset, int limit) {
        List<Row> rows = new ArrayList<>();
        accessLog(query, newestFirst, offset, limit, rows::add);
        return rows;
    }

    public void accessLog(AuditQuery query, boolean newestFirst, int offset, int limit, Consumer<Row> sink) {
        List<Object> parameters = new ArrayList<>();
        StringBuilder where = new StringBuilder(" WHERE occurred_at >= ? AND occurred_at < ?");
        parameters.add(Timestamp.from(query.from()));
        parameters.add(Timestamp.from(query.to()));
        equal(where, parameters, "actor_username", query.actor());
        equal(where, parameters, "study_id", query.studyId());
        equal(where, parameters, "action", query.kind());
        equal(where, parameters, "outcome", query.outcome());
        equal(where, parameters, "resource_type", query.entity());
        run(
                "SELECT " + ACCESS_COLUMNS + " FROM access_log" + where + order(newestFirst),
                parameters,
                offset,
                limit,
                17,
                sink);
    }

    public void changeHistory(AuditQuery query, boolean newestFirst, int offset, int limit, Consumer<Row> sink) {
        List<Object> parameters = new ArrayList<>();
        StringBuilder where = new StringBuilder(" WHERE occurred_at >= ? AND occurred_at < ?");
        parameters.add(Timestamp.from(query.from()));
        parameters.add(Timestamp.from(query.to()));
        equal(where, parameters, "actor_username", query.actor());
        equal(where, parameters, "study_id", query.studyId());
        equal(where, parameters, "operation", query.kind());
        equal(where, parameters, "entity", query.entity());
        run(
                "SELECT " + CHANGE_COLUMNS + " FROM change_history" + where + order(newestFirst),
                parameters,
                offset,
                limit,
                13,
                sink);
    }

    /** A patient's whole change history, oldest first: their record's timeline. */
    public void patientHistory(java.util.UUID patientId, Consumer<Row> sink) {
        run(
                "SELECT " + CHANGE_COLUMNS + " FROM change_history WHERE patient_id = ? ORDER BY seq",
                List.of(patientId),
                0,
                Integer.MAX_VALUE,
                13,
                sink);
    }

    /** The same timeline found by study id, which the history keeps even for a voided patient. */
    public void patientHistory(String studyId, Consumer<Row> sink) {
        run(
                "SELECT " + CHANGE_COLUMNS + " FROM change_history WHERE study_id = ? ORDER BY seq",
                List.of(studyId),
                0,
                Integer.MAX_VALUE,
                13,
                sink);
    }

    private void run(String sql, List<Object> parameters, int offset, int limit, int columns, Consumer<Row> sink) {
        String paged = limit == Integer.MAX_VALUE ? sql : sql + " LIMIT " + limit + " OFFSET " + offset;
        try (Connection connection = database.getConnection();
                PreparedStatement statement = connection.prepareStatement(paged)) {
            statement.setFetchSize(1_000);
            for (int i = 0; i < parameters.size(); i++) {
                statement.setObject(i + 1, parameters.get(i));
            }
            try (ResultSet result = statement.executeQuery()) {
                while (result.next()) {
                    String[] row = new String[columns];
                    for (int c = 0; c < columns; c++) {
                        row[c] = result.getString(c + 1);
                    }
                    sink.accept(new Row(row));
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("the audit trail could not be searched", e);
        }
    }

    private static void equal(StringBuilder where, List<Object> parameters, String column, String value) {
        if (value != null && !value.isBlank()) {
            where.append(" AND ").append(column).append(" = ?");
            parameters.add(value);
        }
    }

    private static String order(boolean newestFirst) {
        return newestFirst ? " ORDER BY occurred_at DESC, seq DESC" : " ORDER BY occurred_at, seq";
    }
}
