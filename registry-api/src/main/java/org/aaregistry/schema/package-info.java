/**
 * The registry's database schema at run time. The migrations of {@code db/} are applied when the API starts,
 * as the owner role, from inside Hibernate's bootstrap ({@link org.aaregistry.schema.control.SchemaMigration}),
 * so that they run before Hibernate validates its mapping against the schema and before any request.
 * Payara builds the persistence unit before any application code runs, so a {@code @Startup} bean would be
 * too late for validation.
 */
package org.aaregistry.schema;
