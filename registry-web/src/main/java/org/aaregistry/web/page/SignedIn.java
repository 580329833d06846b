package org.aaregistry.web.page;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import java.util.List;
import org.aaregistry.web.api.ApiAnswer;
import org.aaregistry.web.api.RegistryClient;

/**
 * The signed-in user of this request, asked of the API ({@code GET /me}) once per session and kept in the session:
 * name, roles and sites do not change while signed in, and asking on every page would cost a call each time.
 */
@RequestScoped
public class SignedIn {

    private static final String KEY = "registry.me";

    @Inject
    HttpServletRequest request;

    @Inject
    RegistryClient api;

    public Me me() {
        HttpSession session = request.getSession();
        Me me = (Me) session.getAttribute(KEY);
        if (me == null) {
            ApiAnswer answer = api.get("me");
            if (!answer.ok()) {
                throw new ApiRefusal(answer.problem());
            }
            JsonObject json = answer.object();
            me = new Me(
                    json.getString("username", request.getRemoteUser()),
                    json.getString("name", request.getRemoteUser()),
                    strings(json, "roles"),
                    strings(json, "sites"));
            session.setAttribute(KEY, me);
        }
        return me;
    }

    /** The signed-in user, or (when the API cannot say) the user's name alone: for pages that report a failure. */
    public Me orNobody() {
        try {
            return me();
        } catch (ApiRefusal unknown) {
            return new Me(request.getRemoteUser(), request.getRemoteUser(), List.of(), List.of());
        }
    }

    private static List<String> strings(JsonObject json, String field) {
        return json.containsKey(field)
                ? json.getJsonArray(field).getValuesAs(JsonString.class).stream()
                        .map(JsonString::getString)
                        .toList()
                : List.of();
    }
}
