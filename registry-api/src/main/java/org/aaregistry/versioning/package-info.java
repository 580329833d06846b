/**
 * Optimistic locking over HTTP. Every read returns the record's version as its ETag; every update and void
 * must send the version the client last saw in {@code If-Match}. The version is compared explicitly with the
 * stored one: Hibernate's {@code @Version} alone only detects a change between loading and flushing, not one
 * that happened before the client's read arrived here. Stale is 412 and changes nothing; missing is 428.
 */
package org.aaregistry.versioning;
