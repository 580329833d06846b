package org.aaregistry.audit.control;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.transaction.Transactional;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import javax.sql.DataSource;

/**
 * Appends to the access log: within a successful call's own transaction, or in a transaction of its own for a
 * call whose transaction rolled back (a refusal, a failure), so that it is still logged. The database assigns the
 * sequence number, the time and the hash (audit_chain_append), whatever the application sends for them.
 */
@ApplicationScoped
public class AccessLog {

    private static final int MAX_DETAIL = 2000;
    private static final String INSERT = "INSERT INTO access_log (seq, occurred_at, actor_subject, actor_username,"
            + " actor_roles, actor_sites, action, resource_type, resource_id, patient_id, study_id, outcome,"
            + " http_status, client_address, request_id, method, path, detail, prev_hash, hash)"
            + " VALUES (0, now(), ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, '', '')";

    @Resource(lookup = "java:app/jdbc/registry")
    DataSource database;

    /** Appends in a transaction of its own: for calls whose own transaction rolled back. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void append(AccessEntry entry) {
        insert(entry);
    }

    /** Appends in the caller's transaction, which commits the call and its entry together. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void appendWithin(AccessEntry entry) {
        insert(entry);
    }

    private void insert(AccessEntry entry) {
        try (Connection connection = database.getConnection();
                PreparedStatement insert = connection.prepareStatement(INSERT)) {
            insert.setString(1, entry.actorSubject());
            insert.setString(2, entry.actorUsername());
            insert.setString(3, entry.actorRoles());
            insert.setString(4, entry.actorSites());
            insert.setString(5, entry.action().name());
            insert.setString(6, entry.resourceType());
            insert.setString(7, truncate(entry.resourceId(), 100));
            insert.setObject(8, entry.patientId(), Types.OTHER);
            insert.setString(9, entry.studyId());
            insert.setString(10, entry.outcome().name());
            insert.setShort(11, (short) entry.httpStatus());
            insert.setString(12, entry.clientAddress());
            insert.setString(13, entry.requestId());
            insert.setString(14, entry.method());
            insert.setString(15, truncate(entry.path(), 500));
            insert.setString(16, truncate(entry.detail(), MAX_DETAIL));
            insert.executeUpdate();
        } catch (SQLException e) {
            throw new AccessLogUnavailable(e);
        }
    }

    /**
     * The caller's address. Behind the registry's own UI the API sees the relay on the loopback address, which
     * passes the browser's address in X-Forwarded-For; from anywhere else that header is not trusted.
     */
    public static String clientAddress(HttpServletRequest request) {
        String remote = request.getRemoteAddr();
        String forwarded = request.getHeader("X-Forwarded-For");
        boolean loopback = remote != null
                && (remote.startsWith("127.") || remote.equals("0:0:0:0:0:0:0:1") || remote.equals("::1"));
        if (loopback && forwarded != null && !forwarded.isBlank()) {
            return truncate(forwarded.split(",")[0].strip(), 64);
        }
        return truncate(remote, 64);
    }

    private static String truncate(String value, int max) {
        return value == null || value.length() <= max ? value : value.substring(0, max);
    }
}
