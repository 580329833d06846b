package org.aaregistry.web.home;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.aaregistry.web.api.ApiAnswer;
import org.aaregistry.web.api.RegistryClient;
import org.aaregistry.web.page.Me;
import org.aaregistry.web.page.SignedIn;
import org.aaregistry.web.page.View;

/**
 * The start page: what the user's roles let them do here, with the way in to each. It lives at {@code /home};
 * the context root only sends the browser here ({@link StartPage}, {@link RootRefusal}).
 */
@RequestScoped
@Path("home")
@Produces(MediaType.TEXT_HTML)
public class HomePage {

    @Inject
    SignedIn signedIn;

    @Inject
    RegistryClient api;

    @GET
    public View home() {
        Me me = signedIn.me();
        View view = View.of("home").with("me", me);
        if (me.readsRecords()) {
            ApiAnswer patients = api.get("patients?size=1");
            view.with(
                    "patientCount",
                    patients.ok() ? patients.object().getJsonNumber("total").longValue() : null);
        }
        if (me.coordinator()) {
            ApiAnswer incomplete = api.get("patients?size=1&incomplete=true");
            view.with(
                    "incompleteCount",
                    incomplete.ok() ? incomplete.object().getJsonNumber("total").longValue() : null);
        }
        return view;
    }
}
