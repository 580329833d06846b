package org.aaregistry.audit.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.json.JsonValue;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import java.io.BufferedWriter;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.aaregistry.audit.control.AccessRecord;
import org.aaregistry.audit.control.AuditSearch;
import org.aaregistry.audit.control.ChainVerifier;
import org.aaregistry.audit.control.ChainVerifier.Chain;
import org.aaregistry.audit.control.ChainVerifier.Checkpoint;
import org.aaregistry.audit.entity.AccessAction;
import org.aaregistry.paging.boundary.Page;
import org.aaregistry.paging.boundary.PageRequest;
import org.aaregistry.problem.boundary.Refusal;
import org.aaregistry.problem.control.JsonInput;
import org.aaregistry.security.boundary.Roles;
import org.aaregistry.security.control.Caller;
import org.eclipse.microprofile.openapi.annotations.Operation;

/**
 * The auditor's window on the audit trail: search both logs, export a result as CSV, read a patient's whole
 * change history, verify the hash chains and export a checkpoint. Auditors only; every call is itself logged.
 */
@Path("audit")
@RolesAllowed(Roles.AUDITOR)
public class AuditResource {

    private static final String RESOURCE = "audit";
    private static final Map<String, String> SORTABLE = Map.of("occurredAt", "occurred_at");
    private static final int EXPORT_LIMIT = 1_000_000;

    @Inject
    AuditSearch search;

    @Inject
    ChainVerifier verifier;

    @Inject
    AccessRecord access;

    @Inject
    Caller caller;

    @GET
    @Path("access-log")
    @Produces(MediaType.APPLICATION_JSON)
    @AccessLogged(action = AccessAction.LIST, resource = RESOURCE)
    @Operation(summary = "Search the access log by actor, patient (study id), action, outcome and time")
    public Page<AccessLogEntry> accessLog(@BeanParam AuditFilter filter) {
        PageRequest page = PageRequest.of(filter.page, filter.size, filter.sort, SORTABLE, "-occurredAt");
        access.detail("access-log search " + describe(filter));
        List<AccessLogEntry> entries =
                search.accessLog(filter.accessLogQuery(), page.descending(), page.offset(), page.size() + 1).stream()
                        .map(AccessLogEntry::of)
                        .toList();
        return page(entries, page);
    }

    @GET
    @Path("access-log")
    @Produces(CsvExport.MEDIA_TYPE)
    @AccessLogged(action = AccessAction.EXPORT, resource = RESOURCE)
    @Operation(summary = "Export an access-log search as CSV")
    public Response exportAccessLog(@BeanParam AuditFilter filter) {
        var query = filter.accessLogQuery();
        access.detail("access-log export " + describe(filter));
        return csv("access-log", AccessLogEntry.HEADER, sink -> search.accessLog(query, true, 0, EXPORT_LIMIT, sink));
    }

    @GET
    @Path("change-history")
    @Produces(MediaType.APPLICATION_JSON)
    @AccessLogged(action = AccessAction.LIST, resource = RESOURCE)
    @Operation(summary = "Search the change history by actor, patient (study id), operation, entity and time")
    public Page<ChangeEntry> changeHistory(@BeanParam AuditFilter filter) {
        PageRequest page = PageRequest.of(filter.page, filter.size, filter.sort, SORTABLE, "-occurredAt");
        access.detail("change-history search " + describe(filter));
        List<ChangeEntry> entries = new ArrayList<>();
        search.changeHistory(
                filter.changeHistoryQuery(),
                page.descending(),
                page.offset(),
                page.size() + 1,
                row -> entries.add(ChangeEntry.of(row)));
        return page(entries, page);
    }

    @GET
    @Path("change-history")
    @Produces(CsvExport.MEDIA_TYPE)
    @AccessLogged(action = AccessAction.EXPORT, resource = RESOURCE)
    @Operation(summary = "Export a change-history search as CSV")
    public Response exportChangeHistory(@BeanParam AuditFilter filter) {
        var query = filter.changeHistoryQuery();
        access.detail("change-history export " + describe(filter));
        return csv(
                "change-history", ChangeEntry.HEADER, sink -> search.changeHistory(query, true, 0, EXPORT_LIMIT, sink));
    }

    @GET
    @Path("patients/{studyId}/history")
    @Produces(MediaType.APPLICATION_JSON)
    @AccessLogged(action = AccessAction.READ, resource = RESOURCE)
    @Operation(summary = "A patient's whole change history, oldest first")
    public List<ChangeEntry> patientHistory(@PathParam("studyId") String studyId) {
        List<ChangeEntry> timeline = new ArrayList<>();
        search.patientHistory(studyId, row -> timeline.add(ChangeEntry.of(row)));
        if (timeline.isEmpty()) {
            throw Refusal.notFound("patient");
        }
        access.patient(null, studyId);
        return timeline;
    }

    @GET
    @Path("verify")
    @Produces(MediaType.APPLICATION_JSON)
    @AccessLogged(action = AccessAction.READ, resource = RESOURCE)
    @Operation(summary = "Recompute both hash chains: intact, entries checked, first broken sequence number")
    public ChainReport verify() {
        return ChainReport.of(verifier.verify(Chain.CHANGE_HISTORY, null), verifier.verify(Chain.ACCESS_LOG, null));
    }

    @POST
    @Path("verify")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @AccessLogged(action = AccessAction.READ, resource = RESOURCE)
    @Operation(summary = "Verify both chains against an exported checkpoint (detects a rewrite of the whole chain)")
    public ChainReport verifyAgainst(JsonValue checkpoint) {
        JsonInput json = JsonInput.of(checkpoint).ignoring("exportedAt", "exportedBy", "intactWhenExported");
        Checkpoint changes = checkpoint(json.object("changeHistory", true));
        Checkpoint accesses = checkpoint(json.object("accessLog", true));
        json.finish();
        access.detail("verified against checkpoint " + changes + " " + accesses);
        return ChainReport.of(
                verifier.verify(Chain.CHANGE_HISTORY, changes), verifier.verify(Chain.ACCESS_LOG, accesses));
    }

    @GET
    @Path("checkpoint")
    @Produces(MediaType.APPLICATION_JSON)
    @AccessLogged(action = AccessAction.EXPORT, resource = RESOURCE)
    @Operation(summary = "Export the chains' current heads, to verify against later; keep it outside the registry")
    public ChainReport.CheckpointExport checkpoint() {
        ChainVerifier.Verification changes = verifier.verify(Chain.CHANGE_HISTORY, null);
        ChainVerifier.Verification accesses = verifier.verify(Chain.ACCESS_LOG, null);
        return new ChainReport.CheckpointExport(
                new ChainReport.Head(changes.headSeq(), changes.headHash()),
                new ChainReport.Head(accesses.headSeq(), accesses.headHash()),
                Instant.now().toString(),
                caller.username(),
                changes.intact() && accesses.intact());
    }

    private static Checkpoint checkpoint(JsonInput head) {
        if (head == null) {
            return null;
        }
        Long seq = head.longInteger("seq", true);
        String hash = head.text("hash", true, 64);
        // a head is the sequence number of an entry (0 for an empty chain) and its SHA-256 as 64 hex digits: anything
        // else could never match, and a verification "against" it would only mislead
        if (seq != null && seq < 0) {
            head.invalid("seq", "must be 0 or more");
            seq = null;
        }
        if (hash != null && !hash.matches("[0-9a-fA-F]{64}")) {
            head.invalid("hash", "must be a SHA-256 hash: 64 hexadecimal digits");
            hash = null;
        }
        return seq == null || hash == null ? null : new Checkpoint(seq, hash);
    }

    private static <T> Page<T> page(List<T> entries, PageRequest page) {
        boolean more = entries.size() > page.size();
        return new Page<>(more ? entries.subList(0, page.size()) : entries, page.page(), page.size(), null, more);
    }

    private Response csv(
            String name,
            String[] header,
            java.util.function.Consumer<java.util.function.Consumer<AuditSearch.Row>> rows) {
        StreamingOutput body = output -> {
            var writer = new BufferedWriter(new OutputStreamWriter(output, StandardCharsets.UTF_8));
            CsvExport.line(writer, header);
            rows.accept(row -> {
                try {
                    CsvExport.line(writer, row.columns());
                } catch (java.io.IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
            writer.flush();
        };
        return Response.ok(body, "text/csv; charset=UTF-8")
                .header("Content-Disposition", "attachment; filename=\"" + name + ".csv\"")
                .build();
    }

    private static String describe(AuditFilter f) {
        return "actor=" + f.actor + " patient=" + f.studyId + " action=" + f.action + " operation=" + f.operation
                + " outcome=" + f.outcome + " entity=" + f.entity + " from=" + f.from + " to=" + f.to;
    }
}
