package org.aaregistry.audit.control;

import java.time.Instant;

/**
 * What an auditor searches the logs for; {@code null} means any. Every search is bounded by a time range
 * (default: the last 30 days) so that it runs on the (who, when) indexes even with tens of millions of entries.
 *
 * @param kind the access log's action or the change history's operation
 */
public record AuditQuery(
        String actor, String studyId, String kind, String outcome, String entity, Instant from, Instant to) {}
