package org.aaregistry.audit.boundary;

import jakarta.ws.rs.QueryParam;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import org.aaregistry.audit.control.AuditQuery;
import org.aaregistry.audit.entity.AccessAction;
import org.aaregistry.audit.entity.AccessOutcome;
import org.aaregistry.problem.boundary.InvalidRequest;

/** Query parameters of the audit searches. Times are ISO instants or dates (a date means its start, UTC). */
public class AuditFilter {

    @QueryParam("actor")
    String actor;

    @QueryParam("patient")
    String studyId;

    @QueryParam("action")
    String action;

    @QueryParam("operation")
    String operation;

    @QueryParam("outcome")
    String outcome;

    @QueryParam("entity")
    String entity;

    @QueryParam("from")
    String from;

    @QueryParam("to")
    String to;

    @QueryParam("page")
    Integer page;

    @QueryParam("size")
    Integer size;

    @QueryParam("sort")
    String sort;

    /** The access log's search: {@code action} and {@code outcome} must be codes of the log. */
    AuditQuery accessLogQuery() {
        code("action", action, AccessAction.values());
        code("outcome", outcome, AccessOutcome.values());
        return query(action);
    }

    /** The change history's search: {@code operation} must be one of the trail's operations. */
    AuditQuery changeHistoryQuery() {
        code("operation", operation, new String[] {"CREATE", "UPDATE", "VOID", "DELETE"});
        return query(operation);
    }

    /** A misspelt code would silently find nothing, which an auditor could take for "no such entries". */
    private static void code(String name, String value, Object[] codes) {
        if (value != null && Arrays.stream(codes).map(String::valueOf).noneMatch(value::equals)) {
            throw InvalidRequest.of("$." + name, "must be one of " + Arrays.toString(codes));
        }
    }

    private AuditQuery query(String kind) {
        Instant end = to == null ? Instant.now().plus(1, ChronoUnit.MINUTES) : instant("to", to);
        Instant start = from == null ? end.minus(30, ChronoUnit.DAYS) : instant("from", from);
        if (!start.isBefore(end)) {
            throw InvalidRequest.of("$.from", "must be before 'to'");
        }
        return new AuditQuery(actor, studyId, kind, outcome, entity, start, end);
    }

    private static Instant instant(String name, String value) {
        try {
            return value.length() == 10
                    ? LocalDate.parse(value).atStartOfDay().toInstant(ZoneOffset.UTC)
                    : Instant.parse(value);
        } catch (DateTimeParseException e) {
            throw InvalidRequest.of("$." + name, "must be an ISO date (2026-01-31) or instant (2026-01-31T08:00:00Z)");
        }
    }
}
