package org.aaregistry.audit.boundary;

import org.aaregistry.audit.control.AuditSearch;

/** An access-log entry as auditors see it; never clinical values. */
public record AccessLogEntry(
        long seq,
        String occurredAt,
        String actorSubject,
        String actorUsername,
        String actorRoles,
        String actorSites,
        String action,
        String resourceType,
        String resourceId,
        String studyId,
        String outcome,
        int httpStatus,
        String clientAddress,
        String requestId,
        String method,
        String path,
        String detail) {

    static final String[] HEADER = {
        "seq",
        "occurredAt",
        "actorSubject",
        "actorUsername",
        "actorRoles",
        "actorSites",
        "action",
        "resourceType",
        "resourceId",
        "studyId",
        "outcome",
        "httpStatus",
        "clientAddress",
        "requestId",
        "method",
        "path",
        "detail"
    };

    static AccessLogEntry of(AuditSearch.Row row) {
        String[] c = row.columns();
        return new AccessLogEntry(
                Long.parseLong(c[0]),
                c[1],
                c[2],
                c[3],
                c[4],
                c[5],
                c[6],
                c[7],
                c[8],
                c[9],
                c[10],
                Integer.parseInt(c[11]),
                c[12],
                c[13],
                c[14],
                c[15],
                c[16]);
    }
}
