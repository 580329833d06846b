package org.aaregistry.schema.control;

import jakarta.annotation.sql.DataSourceDefinition;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * The application's connection pool, as the application role. Connections are validated before use and the
 * whole pool is replaced when one fails validation, so the API recovers by itself after a database restart;
 * a caller waits at most 5 s for a free connection and is then answered 503.
 */
@ApplicationScoped
@DataSourceDefinition(
        name = "java:app/jdbc/registry",
        className = "org.postgresql.ds.PGSimpleDataSource",
        url = "${MPCONFIG=registry.db.url}",
        user = "${MPCONFIG=registry.db.user}",
        password = "${MPCONFIG=registry.db.password}",
        minPoolSize = 2,
        maxPoolSize = 32,
        properties = {
            "fish.payara.is-connection-validation-required=true",
            "fish.payara.connection-validation-method=custom-validation",
            "fish.payara.validation-classname=org.glassfish.api.jdbc.validation.PostgresConnectionValidation",
            "fish.payara.fail-all-connections=true",
            "fish.payara.max-wait-time-in-millis=5000",
            "fish.payara.connection-creation-retry-attempts=0",
            "ApplicationName=aa-registry",
            // a batch of inserts travels as multi-row INSERTs: an import writes some 17 rows per patient
            "reWriteBatchedInserts=true",
            // native SQL names tables without the schema
            "currentSchema=registry"
        })
public class RegistryDataSource {}
