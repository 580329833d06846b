/**
 * The registry's database: Flyway migrations (in {@code db/migration}) that own the schema, and the
 * command-line tool the launcher and CI use to create the two roles and the database, migrate, and run an
 * embedded PostgreSQL when no server is configured. The owner role runs migrations; the application role
 * only reads and writes what each table grants it.
 */
package org.aaregistry.db;
