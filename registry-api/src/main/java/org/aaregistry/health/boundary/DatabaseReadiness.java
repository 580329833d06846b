package org.aaregistry.health.boundary;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.aaregistry.db.Migrations;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/**
 * Ready when the database answers, as the application role, and every migration this build holds has been applied. The launcher and CI
 * wait for this check by name: Payara Micro reports itself ready even when the application failed to deploy.
 */
@Readiness
@ApplicationScoped
public class DatabaseReadiness implements HealthCheck {

    public static final String NAME = "registry-database";

    @Resource(lookup = "java:app/jdbc/registry")
    DataSource database;

    @Inject
    @ConfigProperty(name = "registry.db.user")
    String appRole;

    /** Migrations are never un-applied, so once complete this is not asked again. */
    private volatile boolean migrationsComplete;

    @Override
    public HealthCheckResponse call() {
        try (Connection connection = database.getConnection()) {
            if (!connection.isValid(2)) {
                return HealthCheckResponse.named(NAME)
                        .down()
                        .withData("database", "not answering")
                        .build();
            }
        } catch (SQLException e) {
            return HealthCheckResponse.named(NAME)
                    .down()
                    .withData("database", "unreachable")
                    .build();
        }
        if (!migrationsComplete) {
            String[] pending = Migrations.pending(database, appRole);
            if (pending.length > 0) {
                return HealthCheckResponse.named(NAME)
                        .down()
                        .withData("pendingMigrations", String.join(", ", pending))
                        .build();
            }
            migrationsComplete = true;
        }
        return HealthCheckResponse.named(NAME)
                .up()
                .withData("migrations", "applied")
                .build();
    }
}
