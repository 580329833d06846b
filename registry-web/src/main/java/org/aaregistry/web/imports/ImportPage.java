package org.aaregistry.web.imports;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.EntityPart;
import jakarta.ws.rs.core.MediaType;
import java.io.IOException;
import java.io.InputStream;
import java.util.Map;
import java.util.UUID;
import org.aaregistry.web.api.ApiAnswer;
import org.aaregistry.web.api.RegistryClient;
import org.aaregistry.web.page.View;

/**
 * Importing a CSV file: the file is checked first (the API's dry run lists every problem by row and column), then
 * imported whole or not at all. The page sends the file to the API as it came; the template file with the header
 * row comes from the API itself. With scripts on, the upload shows its progress and the result appears in place.
 */
@RequestScoped
@Path("import")
@Produces(MediaType.TEXT_HTML)
public class ImportPage {

    /** The largest file the API takes (20 MB, as the relay). */
    private static final int MAX_BYTES = 20 * 1024 * 1024;

    @Inject
    RegistryClient api;

    @GET
    public View page() {
        return View.of("imports/page").with("idempotencyKey", UUID.randomUUID().toString());
    }

    @POST
    @Path("check")
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    public View check(@FormParam("file") EntityPart file, @HeaderParam("HX-Request") String htmx) throws IOException {
        return send(file, true, null, htmx != null);
    }

    @POST
    @Path("run")
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    public View run(
            @FormParam("file") EntityPart file,
            @FormParam("idempotencyKey") String key,
            @HeaderParam("HX-Request") String htmx)
            throws IOException {
        return send(file, false, key, htmx != null);
    }

    private View send(EntityPart file, boolean dryRun, String key, boolean fragment) throws IOException {
        View view = View.of(fragment ? "imports/result" : "imports/page")
                .with("idempotencyKey", key == null ? UUID.randomUUID().toString() : key)
                .with("dryRun", dryRun);
        if (file == null || file.getFileName().orElse("").isBlank()) {
            return view.with("noFile", true).status(422);
        }
        byte[] csv;
        try (InputStream content = file.getContent()) {
            csv = content.readNBytes(MAX_BYTES + 1);
        }
        if (csv.length > MAX_BYTES) {
            return view.with("tooLarge", true).status(413);
        }
        ApiAnswer answer = api.postRaw(
                "imports" + (dryRun ? "?dryRun=true" : ""),
                "text/csv",
                csv,
                key == null || key.isBlank() ? Map.of() : Map.of("Idempotency-Key", key));
        view.with("fileName", file.getFileName().orElse("the file"));
        if (answer.ok()
                || answer.status() == 422
                        && answer.contentType() != null
                        && answer.text().contains("\"errors\"")) {
            if (answer.ok()) {
                return view.with("result", answer.data());
            }
            return view.with("problem", answer.problem()).status(422);
        }
        return view.with("problem", answer.problem()).status(answer.status());
    }
}
