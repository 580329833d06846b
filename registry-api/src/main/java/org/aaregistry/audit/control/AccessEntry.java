package org.aaregistry.audit.control;

import java.util.UUID;
import org.aaregistry.audit.entity.AccessAction;
import org.aaregistry.audit.entity.AccessOutcome;

/** One access-log line before the database numbers, stamps and chains it. */
public record AccessEntry(
        String actorSubject,
        String actorUsername,
        String actorRoles,
        String actorSites,
        AccessAction action,
        String resourceType,
        String resourceId,
        UUID patientId,
        String studyId,
        AccessOutcome outcome,
        int httpStatus,
        String clientAddress,
        String requestId,
        String method,
        String path,
        String detail) {}
