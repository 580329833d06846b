package org.aaregistry.db;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Runs every migration on an empty database of the real PostgreSQL and checks what the application role
 * may and may not do there.
 */
class MigrationsIT {

    private static DatabaseSettings settings;

    @BeforeAll
    static void emptyDatabaseMigrated() throws SQLException {
        String server = System.getenv().getOrDefault("REGISTRY_DB_URL", DatabaseSettings.DEFAULT_URL);
        String url = server.substring(0, server.lastIndexOf('/')) + "/registry_migrations_it";
        settings = DatabaseSettings.from(System.getenv()).withUrl(url);
        new Provisioning(settings).recreateDatabase();
        int applied = Migrations.migrate(url, settings.ownerUser(), settings.ownerPassword(), settings.appUser());
        assertThat(applied).isPositive();
    }

    @Test
    void secondMigrationRunAppliesNothing() {
        assertThat(Migrations.migrate(
                        settings.url(), settings.ownerUser(), settings.ownerPassword(), settings.appUser()))
                .isZero();
    }

    @Test
    void provisioningTwiceChangesNothing() throws SQLException {
        assertThat(new Provisioning(settings).ensureDatabase()).isEqualTo("database and roles present");
    }

    @Test
    void applicationRoleCannotDropOrAlterTables() throws SQLException {
        try (Connection app = appConnection();
                Statement statement = app.createStatement()) {
            assertThatThrownBy(() -> statement.execute("DROP TABLE registry.site"))
                    .hasMessageContaining("must be owner");
            assertThatThrownBy(() -> statement.execute("ALTER TABLE registry.site ADD COLUMN note text"))
                    .hasMessageContaining("must be owner");
            assertThatThrownBy(() -> statement.execute("CREATE TABLE registry.intruder (id int)"))
                    .hasMessageContaining("permission denied");
            assertThatThrownBy(() -> statement.execute("TRUNCATE registry.site"))
                    .hasMessageContaining("permission denied");
            assertThatThrownBy(() -> statement.execute("DELETE FROM registry.site"))
                    .hasMessageContaining("permission denied");
        }
    }

    @Test
    void applicationRoleCannotRewriteMigrationHistory() throws SQLException {
        try (Connection app = appConnection();
                Statement statement = app.createStatement()) {
            try (ResultSet rows =
                    statement.executeQuery("SELECT count(*) FROM registry.flyway_schema_history WHERE success")) {
                rows.next();
                assertThat(rows.getInt(1)).isPositive();
            }
            assertThatThrownBy(() -> statement.execute("DELETE FROM registry.flyway_schema_history"))
                    .hasMessageContaining("permission denied");
        }
    }

    @Test
    void applicationRoleWritesSitesOnlyAsANamedActorAndEveryWriteIsRecorded() throws SQLException {
        try (Connection app = appConnection();
                Statement statement = app.createStatement()) {
            String code = "IT-" + System.nanoTime() % 100000;
            String insert = "INSERT INTO registry.site (id, code, name, created_by)" + " VALUES (gen_random_uuid(), '"
                    + code + "', 'Migration test', 'it')";
            assertThatThrownBy(() -> statement.execute(insert)).hasMessageContaining("without an actor");
            app.setAutoCommit(false);
            statement.execute("SELECT set_config('registry.actor_subject', 'migration-it', true)");
            statement.execute(insert);
            app.commit();
            try (ResultSet rows = statement.executeQuery("SELECT operation, actor_subject, changes ->> 'code'"
                    + " FROM registry.change_history WHERE entity = 'site' ORDER BY seq DESC LIMIT 1")) {
                rows.next();
                assertThat(rows.getString(1)).isEqualTo("CREATE");
                assertThat(rows.getString(2)).isEqualTo("migration-it");
                assertThat(rows.getString(3)).contains(code);
            }
        }
    }

    private static Connection appConnection() throws SQLException {
        return DriverManager.getConnection(settings.url(), settings.appUser(), settings.appPassword());
    }
}
