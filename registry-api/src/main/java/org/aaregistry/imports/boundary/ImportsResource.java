package org.aaregistry.imports.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.EntityPart;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.io.IOException;
import java.util.List;
import org.aaregistry.audit.boundary.AccessLogged;
import org.aaregistry.audit.control.AccessRecord;
import org.aaregistry.audit.entity.AccessAction;
import org.aaregistry.idempotency.boundary.Creation;
import org.aaregistry.idempotency.boundary.IdempotentCreations;
import org.aaregistry.imports.control.CsvTable;
import org.aaregistry.problem.boundary.InvalidRequest;
import org.aaregistry.security.boundary.Roles;
import org.eclipse.microprofile.openapi.annotations.Operation;

/**
 * Bulk import of the data dictionary's CSV format, as a {@code text/csv} body or a multipart upload (part
 * {@code file}). {@code ?dryRun=true} only checks and reports every row's problems; a real run imports the
 * whole file or nothing (422 with the problems).
 */
@Path("imports")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.COORDINATOR)
public class ImportsResource {

    @Inject
    Importer importer;

    @Inject
    AccessRecord access;

    @Inject
    IdempotentCreations idempotent;

    @POST
    @Consumes("text/csv")
    @AccessLogged(action = AccessAction.IMPORT, resource = "import")
    @Operation(summary = "Import patients from CSV (text/csv body); dryRun=true checks only")
    public Response importCsv(
            String csv,
            @QueryParam("dryRun") boolean dryRun,
            @HeaderParam("Idempotency-Key") String key,
            @Context UriInfo uri) {
        return run(csv, dryRun, key, uri);
    }

    @POST
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @AccessLogged(action = AccessAction.IMPORT, resource = "import")
    @Operation(summary = "Import patients from an uploaded CSV file (part 'file'); dryRun=true checks only")
    public Response importUpload(
            List<EntityPart> parts,
            @QueryParam("dryRun") boolean dryRun,
            @HeaderParam("Idempotency-Key") String key,
            @Context UriInfo uri)
            throws IOException {
        // all parts, and the file found here: the server's own lookup of a named part fails with an internal
        // error when a form has parts but not that one
        EntityPart file = parts == null
                ? null
                : parts.stream()
                        .filter(part -> "file".equals(part.getName()))
                        .findFirst()
                        .orElse(null);
        if (file == null) {
            throw InvalidRequest.of("$.file", "upload the CSV file as the part 'file'");
        }
        return run(file.getContent(String.class), dryRun, key, uri);
    }

    @GET
    @Path("template")
    @Produces("text/csv")
    @Operation(summary = "An empty import file: the header row with every column, required ones first")
    public Response template() {
        return Response.ok(CsvTable.templateHeader())
                .header("Content-Disposition", "attachment; filename=\"aa-registry-import-template.csv\"")
                .build();
    }

    /**
     * A real run accepts {@code Idempotency-Key}: a client that lost the answer to a large import retries with
     * the same key and file and gets the first report back, instead of a refusal of every (now taken) study id.
     */
    private Response run(String csv, boolean dryRun, String key, UriInfo uri) {
        if (csv == null || csv.isBlank()) {
            throw InvalidRequest.of("$", "the file is empty");
        }
        if (dryRun) {
            return Response.ok(report(importer.run(csv, true))).build();
        }
        return idempotent.once(key, uri.getPath(), csv, () -> Creation.report(report(importer.run(csv, false))));
    }

    private ImportReport report(ImportReport report) {
        access.detail((report.dryRun() ? "dry run, " : "") + report.rows() + " rows, " + report.imported()
                + " imported, " + report.errors().size() + " problems");
        return report;
    }
}
