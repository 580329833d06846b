package org.aaregistry.web.patient;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;
import org.aaregistry.web.page.View;

/**
 * Data completeness: the coordinator's patients that lack a 3-, 6- or 12-month assessment, a follow-up in the last
 * year, or the inputs severity needs (the API's list with {@code incomplete=true}), each gap linked to its form.
 */
@RequestScoped
@Path("completeness")
@Produces(MediaType.TEXT_HTML)
public class CompletenessPage {

    @Inject
    PatientsPage patients;

    @GET
    public View completeness(@Context UriInfo uri) {
        return patients.list(uri, true);
    }
}
