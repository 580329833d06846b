package org.aaregistry.db;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * Creates what must exist before the first migration: the owner role, the application role and the
 * database owned by the owner. Idempotent, so every {@code bin/registry up} may run it. Needs a role that may
 * create roles and databases (on a development machine the {@code postgres} superuser).
 */
public final class Provisioning {

    private final DatabaseSettings settings;

    public Provisioning(DatabaseSettings settings) {
        this.settings = settings;
    }

    /** Creates the roles and the database where they are missing; returns what it did, for the launcher. */
    public String ensureDatabase() throws SQLException {
        StringBuilder done = new StringBuilder();
        try (Connection admin = adminConnection()) {
            if (ensureRole(admin, settings.ownerUser(), settings.ownerPassword())) {
                done.append("created role ").append(settings.ownerUser()).append("; ");
            }
            if (ensureRole(admin, settings.appUser(), settings.appPassword())) {
                done.append("created role ").append(settings.appUser()).append("; ");
            }
            if (ensureDatabase(admin)) {
                done.append("created database ").append(settings.databaseName()).append("; ");
            }
        }
        return done.isEmpty() ? "database and roles present" : done.toString().trim();
    }

    /** Drops and re-creates the database: for the test database only, never for the registry's data. */
    public void recreateDatabase() throws SQLException {
        try (Connection admin = adminConnection();
                Statement statement = admin.createStatement()) {
            statement.execute("DROP DATABASE IF EXISTS " + identifier(settings.databaseName()) + " WITH (FORCE)");
        }
        ensureDatabase();
    }

    private Connection adminConnection() throws SQLException {
        return DriverManager.getConnection(settings.maintenanceUrl(), settings.adminUser(), settings.adminPassword());
    }

    private static boolean ensureRole(Connection admin, String role, String password) throws SQLException {
        if (exists(admin, "SELECT 1 FROM pg_roles WHERE rolname = ?", role)) {
            return false;
        }
        try (Statement statement = admin.createStatement()) {
            // NOSUPERUSER NOCREATEDB NOCREATEROLE: neither role can grow its own privileges
            statement.execute("CREATE ROLE " + identifier(role) + " LOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE PASSWORD "
                    + literal(password));
        }
        return true;
    }

    private boolean ensureDatabase(Connection admin) throws SQLException {
        String database = settings.databaseName();
        if (exists(admin, "SELECT 1 FROM pg_database WHERE datname = ?", database)) {
            return false;
        }
        try (Statement statement = admin.createStatement()) {
            statement.execute("CREATE DATABASE " + identifier(database) + " OWNER " + identifier(settings.ownerUser())
                    + " ENCODING 'UTF8' TEMPLATE template0");
            statement.execute("REVOKE ALL ON DATABASE " + identifier(database) + " FROM PUBLIC");
            statement.execute("GRANT CONNECT, TEMPORARY ON DATABASE " + identifier(database) + " TO "
                    + identifier(settings.appUser()));
        }
        return true;
    }

    private static boolean exists(Connection admin, String query, String name) throws SQLException {
        try (PreparedStatement statement = admin.prepareStatement(query)) {
            statement.setString(1, name);
            try (ResultSet rows = statement.executeQuery()) {
                return rows.next();
            }
        }
    }

    /** Role and database names are configuration, not user input, but are still checked before reaching SQL. */
    static String identifier(String name) {
        return Migrations.checkedRoleName(name);
    }

    private static String literal(String value) {
        return "'" + value.replace("'", "''") + "'";
    }
}
