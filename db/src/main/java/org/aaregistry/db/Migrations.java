package org.aaregistry.db;

import java.util.Arrays;
import java.util.Map;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationInfo;
import org.flywaydb.core.api.MigrationState;
import org.flywaydb.core.api.output.MigrateResult;

/**
 * The registry's Flyway configuration, shared by the API (which migrates at start-up) and the command-line
 * tool. Migrations run as the owner role; the application role's name is the {@code app_role} placeholder
 * in the grants.
 */
public final class Migrations {

    public static final String SCHEMA = "registry";
    static final String LOCATION = "classpath:db/migration";

    private Migrations() {}

    /** Applies every pending migration as the owner role; returns how many were applied. */
    public static int migrate(String url, String ownerUser, String ownerPassword, String appRole) {
        Flyway flyway =
                configure(appRole).dataSource(url, ownerUser, ownerPassword).load();
        MigrateResult result = flyway.migrate();
        return result.migrationsExecuted;
    }

    /**
     * Migrations the build holds that the database has not applied successfully, read with the
     * application's own (read-only on the history table) connection.
     */
    public static String[] pending(DataSource applicationDataSource, String appRole) {
        MigrationInfo[] all = configure(appRole)
                .dataSource(applicationDataSource)
                .createSchemas(false)
                .load()
                .info()
                .all();
        return Arrays.stream(all)
                .filter(info -> info.getState() != MigrationState.SUCCESS)
                .map(info -> info.getVersion() + " " + info.getDescription() + " (" + info.getState() + ")")
                .toArray(String[]::new);
    }

    private static org.flywaydb.core.api.configuration.FluentConfiguration configure(String appRole) {
        return Flyway.configure(Migrations.class.getClassLoader())
                .locations(LOCATION)
                .schemas(SCHEMA)
                .defaultSchema(SCHEMA)
                .placeholders(Map.of("app_role", checkedRoleName(appRole)))
                .validateMigrationNaming(true)
                .cleanDisabled(true);
    }

    /** Role names reach SQL only through this, so a configured name can never inject SQL. */
    static String checkedRoleName(String name) {
        if (name == null || !name.matches("[a-z_][a-z0-9_]{0,62}")) {
            throw new IllegalArgumentException(
                    "a database role name must be lower-case letters, digits and '_' (got " + name + ")");
        }
        return name;
    }
}
