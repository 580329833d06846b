package org.aaregistry.audit.boundary;

import jakarta.json.Json;
import jakarta.json.JsonValue;
import java.io.StringReader;
import org.aaregistry.audit.control.AuditSearch;

/**
 * A change-history entry: who changed which record of which patient, when, from what to what, and why.
 * {@code changes} maps each changed field to its {@code old} and {@code new} value.
 */
public record ChangeEntry(
        long seq,
        String occurredAt,
        String actorSubject,
        String actorUsername,
        String actorRoles,
        String actorSites,
        String operation,
        String entity,
        String entityId,
        String studyId,
        JsonValue changes,
        String reason,
        String requestId) {

    static final String[] HEADER = {
        "seq",
        "occurredAt",
        "actorSubject",
        "actorUsername",
        "actorRoles",
        "actorSites",
        "operation",
        "entity",
        "entityId",
        "studyId",
        "changes",
        "reason",
        "requestId"
    };

    public static ChangeEntry of(AuditSearch.Row row) {
        String[] c = row.columns();
        JsonValue changes;
        try (var reader = Json.createReader(new StringReader(c[10]))) {
            changes = reader.readValue();
        }
        return new ChangeEntry(
                Long.parseLong(c[0]), c[1], c[2], c[3], c[4], c[5], c[6], c[7], c[8], c[9], changes, c[11], c[12]);
    }
}
