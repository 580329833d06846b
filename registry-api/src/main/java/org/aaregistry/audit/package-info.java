/**
 * The audit trail an inspector can trust (21 CFR 11.10(e), EU GMP Annex 11 §9, ICH E6(R3), HIPAA 164.312(b)).
 *
 * <p><b>Change history: database triggers.</b> Every insert, update and delete of clinical and reference data
 * is recorded by the {@code record_change()} trigger of {@code db/} (V2, V3), field by field with old and new
 * values, in the same transaction as the change. We chose triggers over Hibernate Envers or an entity listener
 * because they make a change without its history row impossible for any writer, not only for code that goes
 * through Hibernate: a bulk SQL update, a forgotten listener registration or a native query is recorded too,
 * and a write without an actor (or an update without a reason) is refused by the database itself. The API
 * tells the trigger who acts and why through transaction-local settings ({@link
 * org.aaregistry.audit.control.ChangeContext}). Derived responses are not in it (V6): they are recomputed from
 * the audited records by fixed rules, so the history of those records gives them back; severity and engraftment,
 * columns of audited rows, are.
 *
 * <p><b>Access log.</b> Every call that touches patient data, reports, exports or the audit itself, and every
 * authentication or authorisation failure, is logged. A successful call's entry is written in the call's own
 * transaction ({@link org.aaregistry.audit.boundary.RequestTransaction}), so the call and its entry commit
 * together or not at all; a denied, invalid or failed call rolls back and its entry is appended in a transaction
 * of its own, so it is logged all the same. When the entry cannot be written the call fails (503). Never
 * clinical values.
 *
 * <p><b>Tamper evidence.</b> Both logs are append-only (privileges and triggers) and hash-chained; {@link
 * org.aaregistry.audit.control.ChainVerifier} recomputes the chains in Java, independently of the database's
 * functions, and against an exported checkpoint detects even a consistent rewrite by a database superuser.
 */
package org.aaregistry.audit;
