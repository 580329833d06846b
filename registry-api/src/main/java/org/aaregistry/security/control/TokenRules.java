package org.aaregistry.security.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonNumber;
import java.time.Clock;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.jwt.Claims;
import org.eclipse.microprofile.jwt.JsonWebToken;

/**
 * Claims a registry access token must carry and times it must respect, beyond what MP-JWT verifies.
 * The clock skew is the same {@code mp.jwt.verify.clock.skew} MP-JWT uses for {@code exp}.
 */
@ApplicationScoped
public class TokenRules {

    /**
     * The longest subject and username the audit trail can record (the {@code actor_subject} and
     * {@code actor_username} columns of the change history and the access log). A longer one is refused at the
     * door: accepted, it would make every write and every access-log entry of that caller fail.
     */
    static final int MAX_NAME = 100;

    /** The longest list of site codes, comma-separated, the audit trail can record ({@code actor_sites}). */
    static final int MAX_SITES = 200;

    @Inject
    @ConfigProperty(name = "mp.jwt.verify.clock.skew", defaultValue = "30")
    long clockSkewSeconds;

    /**
     * The longest life ({@code exp - iat}) a token may have: six times the realm's five-minute access tokens. A
     * token minted to live for days, by a misconfigured client or with a stolen signing key, is refused however
     * valid its signature; the realm's own tokens stay far below it.
     */
    @Inject
    @ConfigProperty(name = "registry.token.max-lifetime", defaultValue = "1800")
    long maxLifetimeSeconds;

    Clock clock = Clock.systemUTC();

    /** Why this verified token must still be refused, or {@code null} when it is acceptable. */
    public String violation(JsonWebToken token) {
        for (Claims required : new Claims[] {Claims.exp, Claims.iat, Claims.sub, Claims.jti}) {
            if (token.getClaim(required.name()) == null) {
                return "token refused: no " + required.name() + " claim";
            }
        }
        if (token.getSubject().length() > MAX_NAME) {
            return "token refused: subject longer than " + MAX_NAME + " characters";
        }
        String username = Caller.usernameOf(token);
        if (username != null && username.length() > MAX_NAME) {
            return "token refused: username longer than " + MAX_NAME + " characters";
        }
        if (String.join(",", Caller.sitesOf(token)).length() > MAX_SITES) {
            return "token refused: more site codes than the audit trail can record (" + MAX_SITES + " characters)";
        }
        Long expires = epochSeconds(token.getClaim(Claims.exp.name()));
        Long issued = epochSeconds(token.getClaim(Claims.iat.name()));
        if (expires != null && issued != null && expires - issued > maxLifetimeSeconds) {
            return "token refused: lives " + (expires - issued) + " s, longer than the registry's maximum of "
                    + maxLifetimeSeconds + " s";
        }
        long now = clock.instant().getEpochSecond();
        if (token.getIssuedAtTime() > now + clockSkewSeconds) {
            return "token refused: issued in the future";
        }
        Long notBefore = epochSeconds(token.getClaim(Claims.nbf.name()));
        if (notBefore != null && notBefore > now + clockSkewSeconds) {
            return "token refused: not valid yet (nbf)";
        }
        // Keycloak marks access tokens typ=Bearer and ID tokens typ=ID; only access tokens open the API
        Object type = token.getClaim("typ");
        if (type != null && !"Bearer".equals(String.valueOf(type).replace("\"", ""))) {
            return "token refused: not an access token (typ " + type + ")";
        }
        return null;
    }

    private static Long epochSeconds(Object claim) {
        return switch (claim) {
            case Number number -> number.longValue();
            case JsonNumber number -> number.longValue();
            case null, default -> null;
        };
    }
}
