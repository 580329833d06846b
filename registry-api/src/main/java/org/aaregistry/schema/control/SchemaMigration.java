package org.aaregistry.schema.control;

import java.util.logging.Logger;
import org.aaregistry.db.Migrations;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;
import org.hibernate.boot.Metadata;
import org.hibernate.boot.spi.BootstrapContext;
import org.hibernate.engine.spi.SessionFactoryImplementor;
import org.hibernate.integrator.spi.Integrator;

/**
 * Applies pending migrations while Hibernate builds the session factory: integrators run before the schema
 * validation ({@code hibernate.hbm2ddl.auto=validate}), so the mapping is always checked against a migrated
 * schema. A failed migration fails the deployment, and {@code /health/ready} never turns up.
 *
 * <p>Registered through {@code META-INF/services/org.hibernate.integrator.spi.Integrator}. Switch off with
 * {@code REGISTRY_DB_MIGRATE=false} where migrations are applied by a separate, privileged step.
 */
public class SchemaMigration implements Integrator {

    private static final Logger LOG = Logger.getLogger(SchemaMigration.class.getName());

    @Override
    public void integrate(Metadata metadata, BootstrapContext bootstrapContext, SessionFactoryImplementor factory) {
        Config config = ConfigProvider.getConfig(SchemaMigration.class.getClassLoader());
        if (!config.getOptionalValue("registry.db.migrate", Boolean.class).orElse(true)) {
            LOG.info("registry.db.migrate=false: schema migrations are left to a separate step");
            return;
        }
        String url = config.getValue("registry.db.url", String.class);
        int applied = Migrations.migrate(
                url,
                config.getValue("registry.db.owner.user", String.class),
                config.getValue("registry.db.owner.password", String.class),
                config.getValue("registry.db.user", String.class));
        LOG.info("schema migrations applied at start-up: " + applied);
    }
}
