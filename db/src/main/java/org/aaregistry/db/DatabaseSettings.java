package org.aaregistry.db;

import java.net.URI;
import java.util.Map;

/**
 * Where the registry database is and which roles use it, read from the environment.
 *
 * <p>The passwords' defaults are development credentials only; every deployment sets its own.
 */
public record DatabaseSettings(
        String url,
        String appUser,
        String appPassword,
        String ownerUser,
        String ownerPassword,
        String adminUser,
        String adminPassword) {

    public static final String DEFAULT_URL = "jdbc:postgresql://localhost:5432/registry";
    public static final String DEFAULT_APP_USER = "registry_app";
    public static final String DEFAULT_OWNER_USER = "registry_owner";
    /** Development only. */
    public static final String DEV_APP_PASSWORD = "registry-app-dev-only";
    /** Development only. */
    public static final String DEV_OWNER_PASSWORD = "registry-owner-dev-only";

    public static DatabaseSettings fromEnvironment() {
        return from(System.getenv());
    }

    static DatabaseSettings from(Map<String, String> env) {
        return new DatabaseSettings(
                env.getOrDefault("REGISTRY_DB_URL", DEFAULT_URL),
                env.getOrDefault("REGISTRY_DB_USER", DEFAULT_APP_USER),
                env.getOrDefault("REGISTRY_DB_PASSWORD", DEV_APP_PASSWORD),
                env.getOrDefault("REGISTRY_DB_OWNER_USER", DEFAULT_OWNER_USER),
                env.getOrDefault("REGISTRY_DB_OWNER_PASSWORD", DEV_OWNER_PASSWORD),
                env.getOrDefault("REGISTRY_DB_ADMIN_USER", "postgres"),
                env.getOrDefault("REGISTRY_DB_ADMIN_PASSWORD", ""));
    }

    public DatabaseSettings withUrl(String otherUrl) {
        return new DatabaseSettings(otherUrl, appUser, appPassword, ownerUser, ownerPassword, adminUser, adminPassword);
    }

    /** The database name in the JDBC URL, e.g. {@code registry}. */
    public String databaseName() {
        String path = location().getPath();
        if (path == null || path.length() < 2) {
            throw new IllegalArgumentException("REGISTRY_DB_URL names no database: " + url);
        }
        return path.substring(1);
    }

    /** The same server's maintenance database, where roles and databases are created. */
    public String maintenanceUrl() {
        URI location = location();
        int port = location.getPort() < 0 ? 5432 : location.getPort();
        return "jdbc:postgresql://" + location.getHost() + ":" + port + "/postgres";
    }

    public String host() {
        return location().getHost();
    }

    public int port() {
        int port = location().getPort();
        return port < 0 ? 5432 : port;
    }

    private URI location() {
        if (!url.startsWith("jdbc:postgresql://")) {
            throw new IllegalArgumentException("REGISTRY_DB_URL must start with jdbc:postgresql:// but is " + url);
        }
        return URI.create(url.substring("jdbc:".length()));
    }
}
