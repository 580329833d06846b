package org.aaregistry.security.control;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonArray;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.util.Collection;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import org.aaregistry.security.boundary.Roles;
import org.eclipse.microprofile.jwt.Claims;
import org.eclipse.microprofile.jwt.JsonWebToken;

/**
 * The person behind the current request, as the verified access token describes them: Keycloak subject,
 * username, registry roles (Keycloak's own default roles in {@code groups} are ignored) and the site codes of
 * the {@code site} claim. A coordinator without a site sees nothing: site scope is deny by default.
 */
@RequestScoped
public class Caller {

    private static final Pattern SITE_CODE = Pattern.compile("[A-Z0-9][A-Z0-9-]{1,19}");

    @Inject
    JsonWebToken token;

    public boolean isAuthenticated() {
        return token != null && token.getRawToken() != null;
    }

    /** Keycloak's stable user id ({@code sub}). */
    public String subject() {
        return isAuthenticated() ? token.getSubject() : null;
    }

    public String username() {
        if (!isAuthenticated()) {
            return null;
        }
        return usernameOf(token);
    }

    public String displayName() {
        if (!isAuthenticated()) {
            return null;
        }
        String name = token.getClaim("name");
        return name != null ? name : username();
    }

    /** The caller's registry roles, sorted. */
    public Set<String> roles() {
        Set<String> roles = new TreeSet<>();
        if (isAuthenticated() && token.getGroups() != null) {
            token.getGroups().stream().filter(Roles.ALL::contains).forEach(roles::add);
        }
        return roles;
    }

    public boolean hasRole(String role) {
        return roles().contains(role);
    }

    /** Site codes from the {@code site} claim; malformed values are dropped rather than trusted. */
    public Set<String> sites() {
        return isAuthenticated() ? sitesOf(token) : new TreeSet<>();
    }

    /** The well-formed site codes of a token's {@code site} claim, sorted. */
    static Set<String> sitesOf(JsonWebToken token) {
        Set<String> sites = new TreeSet<>();
        addSites(sites, token.getClaim("site"));
        return sites;
    }

    /** The name the audit trail records for a token's caller: {@code preferred_username}, else the token's name. */
    static String usernameOf(JsonWebToken token) {
        String username = token.getClaim(Claims.preferred_username);
        return username != null ? username : token.getName();
    }

    /** Whether a coordinator may see and change the records of this site. */
    public boolean belongsTo(String siteCode) {
        return siteCode != null && sites().contains(siteCode);
    }

    private static void addSites(Set<String> sites, Object claim) {
        switch (claim) {
            case null -> {}
            case JsonString code -> addSite(sites, code.getString());
            case JsonArray codes -> codes.forEach(code -> addSites(sites, code));
            case String code -> addSite(sites, code);
            case Collection<?> codes -> codes.forEach(code -> addSites(sites, code));
            case JsonValue other -> {}
            default -> {}
        }
    }

    private static void addSite(Set<String> sites, String code) {
        if (code != null && SITE_CODE.matcher(code).matches()) {
            sites.add(code);
        }
    }
}
