package org.aaregistry.security.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.junit.jupiter.api.Test;

/** The rules a verified token must still pass, each at its boundary. */
class TokenRulesTest {

    private static final long NOW = 1_800_000_000L;

    private final TokenRules rules = rules();

    @Test
    void theRealmsOwnTokenPasses() {
        assertThat(rules.violation(token(Map.of()))).isNull();
    }

    @Test
    void aTokenLivingUpToTheMaximumPassesAndOneSecondLongerIsRefused() {
        assertThat(rules.violation(token(Map.of("exp", NOW + 1800)))).isNull();
        assertThat(rules.violation(token(Map.of("exp", NOW + 1801))))
                .isEqualTo("token refused: lives 1801 s, longer than the registry's maximum of 1800 s");
        assertThat(rules.violation(token(Map.of("exp", NOW + 30L * 24 * 3600)))).startsWith("token refused: lives");
    }

    @Test
    void namesTheAuditTrailCannotRecordAreRefusedAtTheirColumnsLength() {
        assertThat(rules.violation(token(Map.of("preferred_username", "u".repeat(100)))))
                .isNull();
        assertThat(rules.violation(token(Map.of("preferred_username", "u".repeat(101)))))
                .isEqualTo("token refused: username longer than 100 characters");
        assertThat(rules.violation(token(Map.of("sub", "s".repeat(101)))))
                .isEqualTo("token refused: subject longer than 100 characters");
        List<String> sites = java.util.stream.IntStream.range(0, 25)
                .mapToObj(i -> "SITE-" + (1000 + i))
                .toList();
        assertThat(rules.violation(token(Map.of("site", sites))))
                .startsWith("token refused: more site codes than the audit trail can record");
        assertThat(rules.violation(token(Map.of("site", sites.subList(0, 10))))).isNull();
    }

    @Test
    void aTokenIssuedBeyondTheClockSkewInTheFutureIsRefused() {
        assertThat(rules.violation(token(Map.of("iat", NOW + 30, "exp", NOW + 330))))
                .isNull();
        assertThat(rules.violation(token(Map.of("iat", NOW + 31, "exp", NOW + 331))))
                .isEqualTo("token refused: issued in the future");
    }

    private static TokenRules rules() {
        TokenRules rules = new TokenRules();
        rules.clockSkewSeconds = 30;
        rules.maxLifetimeSeconds = 1800;
        rules.clock = Clock.fixed(Instant.ofEpochSecond(NOW), ZoneOffset.UTC);
        return rules;
    }

    /** A Keycloak access token's claims as MP-JWT gives them, with some replaced. */
    private static JsonWebToken token(Map<String, Object> replaced) {
        Map<String, Object> claims = new HashMap<>(Map.of(
                "sub", "0fd22f77-a714-4638-a264-3d58576a6092",
                "jti", "a1b2c3",
                "iat", NOW,
                "exp", NOW + 300,
                "typ", "Bearer",
                "preferred_username", "coordinator-a",
                "site", List.of("SITE-A")));
        claims.putAll(replaced);
        return new JsonWebToken() {
            @Override
            public String getName() {
                return (String) claims.get("preferred_username");
            }

            @Override
            public Set<String> getClaimNames() {
                return claims.keySet();
            }

            @Override
            @SuppressWarnings("unchecked")
            public <T> T getClaim(String name) {
                return (T) claims.get(name);
            }
        };
    }
}
