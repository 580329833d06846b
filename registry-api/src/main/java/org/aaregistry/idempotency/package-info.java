/**
 * Safe retries of creations. A client may send {@code Idempotency-Key} with any POST that creates a record;
 * the first answer to a key (per user) is kept with a hash of the body, and a retry with the same key and body
 * gets that answer again without creating anything — also when both arrive at once, because the key's row is
 * claimed first and the database makes the second wait. The same key with another body is refused (422).
 */
package org.aaregistry.idempotency;
