package org.aaregistry.it;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * The test database the deployed API writes to, opened directly: as the application role (to prove what it
 * may not do) or as the server's superuser (to tamper as an attacker with database rights would).
 */
public final class Database {

    public static final String URL =
            System.getProperty("registry.test.db.url", "jdbc:postgresql://localhost:5432/registry_test");

    private Database() {}

    public static Connection asApplication() throws SQLException {
        return connect(
                URL, "registry_app", System.getenv().getOrDefault("REGISTRY_DB_PASSWORD", "registry-app-dev-only"));
    }

    public static Connection asSuperuser() throws SQLException {
        return asSuperuser(URL);
    }

    public static Connection asSuperuser(String url) throws SQLException {
        return connect(
                url,
                System.getenv().getOrDefault("REGISTRY_DB_ADMIN_USER", "postgres"),
                System.getenv().getOrDefault("REGISTRY_DB_ADMIN_PASSWORD", ""));
    }

    /** The single value of a query, as text. */
    public static String value(Connection connection, String sql) throws SQLException {
        try (Statement statement = connection.createStatement();
                ResultSet result = statement.executeQuery(sql)) {
            return result.next() ? result.getString(1) : null;
        }
    }

    /**
     * Rows of the course summary (V8) that differ from what the record gives now: missing, stale or left over
     * after a void. Read as the superuser: the application role may not read the view that computes them.
     *
     * @param patientId one patient, or {@code null} for every patient
     */
    public static long courseSummaryDrift(String patientId) throws SQLException {
        return courseSummaryDrift(URL, patientId);
    }

    /** {@link #courseSummaryDrift(String)} in the database at {@code url}. */
    public static long courseSummaryDrift(String url, String patientId) throws SQLException {
        String only = patientId == null ? "" : " WHERE patient_id = '" + java.util.UUID.fromString(patientId) + "'";
        try (Connection root = asSuperuser(url)) {
            return Long.parseLong(value(
                    root,
                    "SELECT count(*) FROM ((SELECT * FROM course_summary" + only + " EXCEPT SELECT * FROM"
                            + " course_of_patient" + only + ") UNION ALL (SELECT * FROM course_of_patient" + only
                            + " EXCEPT SELECT * FROM course_summary" + only + ")) AS drift"));
        }
    }

    private static Connection connect(String url, String user, String password) throws SQLException {
        Connection connection = DriverManager.getConnection(url, user, password);
        try (Statement statement = connection.createStatement()) {
            statement.execute("SET search_path = registry");
        }
        return connection;
    }
}
