package org.aaregistry.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URL;
import org.aaregistry.it.Api;
import org.aaregistry.it.ForgedTokens;
import org.aaregistry.it.Keycloak;
import org.aaregistry.it.RegistryDeployment;
import org.aaregistry.it.Reply;
import org.aaregistry.it.TestRealm;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Authentication and role checks of the deployed API, with real tokens from the real Keycloak and tokens an
 * attacker could forge. Every refusal is an RFC 9457 problem.
 */
@ExtendWith(ArquillianExtension.class)
class SecurityIT {

    private static final String ME = "api/v1/me";

    @Deployment(testable = false)
    static WebArchive deployment() {
        return RegistryDeployment.builtApi();
    }

    @ArquillianResource
    URL deployment;

    Api api;

    @BeforeAll
    static void testUsersAndClients() {
        TestRealm.ensure();
    }

    @BeforeEach
    void client() {
        api = new Api(deployment);
    }

    @Test
    void noTokenIsUnauthorizedWithProblemDetails() {
        Reply reply = api.get(ME, null);
        assertThat(reply.status()).isEqualTo(401);
        assertThat(reply.contentType()).startsWith("application/problem+json");
        assertThat(reply.json().get("status").asInt()).isEqualTo(401);
        assertThat(reply.json().get("requestId").asText()).isEqualTo(reply.header("X-Request-Id"));
        assertThat(reply.header("WWW-Authenticate")).startsWith("Bearer");
    }

    @Test
    void signedInUserSeesNameRolesAndSite() {
        Reply reply = api.get(ME, Keycloak.token("coordinator-a"));
        assertThat(reply.status()).isEqualTo(200);
        JsonNode me = reply.json();
        assertThat(me.get("username").asText()).isEqualTo("coordinator-a");
        assertThat(me.get("name").asText()).isEqualTo("Ada Coordinator");
        assertThat(me.get("roles")).extracting(JsonNode::asText).containsExactly("coordinator");
        assertThat(me.get("sites")).extracting(JsonNode::asText).containsExactly("SITE-A");
    }

    /** No answer is cached, none names the server, and the server's own description of the resources is not served. */
    @Test
    void answersAreNeverCachedNameNoServerAndNoWadlIsServed() {
        String token = Keycloak.token("coordinator-a");
        for (String path : new String[] {ME, "api/v1/patients", "api/v1/patients/" + java.util.UUID.randomUUID()}) {
            Reply reply = api.get(path, token);
            assertThat(reply.header("Cache-Control")).as(path).isEqualTo("no-store");
            assertThat(reply.header("X-Content-Type-Options")).as(path).isEqualTo("nosniff");
            assertThat(reply.header("Server")).as(path).isNull();
            assertThat(reply.header("X-Powered-By")).as(path).isNull();
        }
        assertThat(api.get("api/v1/application.wadl", token).status()).isEqualTo(404);
    }

    /**
     * A validly signed token whose username is longer than the audit trail can record is refused at the door
     * (accepted, every write and log entry of that caller would fail), and the refusal itself is logged.
     */
    @Test
    void aTokenWhoseUsernameTheAuditTrailCannotRecordIsRefusedAndTheRefusalLogged() {
        String longName = "coordinator-" + "x".repeat(110);
        Keycloak.ensureUser(longName, java.util.List.of("coordinator"), java.util.List.of("SITE-A"));
        String since = java.time.Instant.now().minusSeconds(60).toString();

        Reply me = api.get(ME, Keycloak.token(longName));
        assertThat(me.status()).isEqualTo(401);
        assertThat(me.contentType()).startsWith("application/problem+json");

        JsonNode refusals = api.get(
                        "api/v1/audit/access-log?action=AUTH_FAILED&size=100&from=" + since, Keycloak.token("auditor"))
                .json()
                .get("items");
        assertThat(refusals).anySatisfy(entry -> {
            assertThat(entry.get("requestId").asText()).isEqualTo(me.header("X-Request-Id"));
            assertThat(entry.get("detail").asText()).isEqualTo("token refused: username longer than 100 characters");
        });
    }

    @Test
    void keycloakDefaultRolesAreNotRegistryRoles() {
        JsonNode me = api.get(ME, Keycloak.token("investigator")).json();
        assertThat(me.get("roles")).extracting(JsonNode::asText).containsExactly("investigator");
        assertThat(me.get("sites")).isEmpty();
    }

    @Test
    void tokenWithoutRegistryRoleIsForbidden() {
        Reply reply = api.get(ME, Keycloak.token(TestRealm.NO_ROLE));
        assertThat(reply.status()).isEqualTo(403);
        assertThat(reply.json().get("type").asText()).isEqualTo("urn:aa-registry:problem:forbidden");
    }

    @Test
    void onlyAdminsAddSites() {
        String site = "{\"code\":\"SEC-" + System.nanoTime() % 100000 + "\",\"name\":\"Security test site\"}";
        assertThat(api.post("api/v1/sites", null, site).status()).isEqualTo(401);
        assertThat(api.post("api/v1/sites", Keycloak.token("coordinator-a"), site)
                        .status())
                .isEqualTo(403);
        assertThat(api.post("api/v1/sites", Keycloak.token("investigator"), site)
                        .status())
                .isEqualTo(403);
        assertThat(api.post("api/v1/sites", Keycloak.token("auditor"), site).status())
                .isEqualTo(403);
        Reply created = api.post("api/v1/sites", Keycloak.token("admin"), site);
        assertThat(created.status()).isEqualTo(201);
        assertThat(created.header("ETag")).isEqualTo("\"0\"");
        assertThat(api.get("api/v1/sites", Keycloak.token("coordinator-a")).status())
                .isEqualTo(200);
    }

    @Test
    void tokenSignedByAnotherKeyIsUnauthorized() {
        String forged = ForgedTokens.resignedWithOtherKey(Keycloak.token("admin"));
        Reply reply = api.get(ME, forged);
        assertThat(reply.status()).isEqualTo(401);
        assertThat(reply.contentType()).startsWith("application/problem+json");
    }

    @Test
    void unsignedTokenIsUnauthorized() {
        assertThat(api.get(ME, ForgedTokens.unsigned(Keycloak.token("admin"))).status())
                .isEqualTo(401);
    }

    @Test
    void tokenFromAnotherIssuerIsUnauthorized() {
        String other = Keycloak.passwordGrant(
                        TestRealm.OTHER_REALM, "registry-cli", "coordinator-a", Keycloak.DEV_PASSWORD)
                .get("access_token")
                .asText();
        assertThat(api.get(ME, other).status()).isEqualTo(401);
    }

    @Test
    void tokenWithoutRegistryAudienceIsUnauthorized() {
        String token = Keycloak.passwordGrant("registry", TestRealm.NO_AUDIENCE_CLIENT, "admin", Keycloak.DEV_PASSWORD)
                .get("access_token")
                .asText();
        assertThat(api.get(ME, token).status()).isEqualTo(401);
    }

    @Test
    void idTokenIsNotAnAccessToken() {
        String idToken = Keycloak.passwordGrant("registry", "registry-cli", "admin", Keycloak.DEV_PASSWORD)
                .get("id_token")
                .asText();
        assertThat(api.get(ME, idToken).status()).isEqualTo(401);
    }

    @Test
    void expiredTokenIsUnauthorizedOnceBeyondClockSkew() throws InterruptedException {
        JsonNode grant =
                Keycloak.passwordGrant("registry", TestRealm.SHORT_LIVED_CLIENT, "admin", Keycloak.DEV_PASSWORD);
        String token = grant.get("access_token").asText();
        assertThat(api.get(ME, token).status()).as("fresh short-lived token").isEqualTo(200);
        long skew = Long.parseLong(System.getProperty("registry.clockSkew", "5"));
        Thread.sleep((grant.get("expires_in").asLong() + skew + 2) * 1000);
        assertThat(api.get(ME, token).status()).isEqualTo(401);
    }

    @Test
    void healthAndOpenApiAreAnonymous() {
        Reply health = api.get("health/ready", null);
        assertThat(health.status()).isEqualTo(200);
        assertThat(health.body()).contains("registry-database").contains("\"status\":\"UP\"");
        Reply openApi = api.get("openapi", null);
        assertThat(openApi.status()).isEqualTo(200);
        assertThat(openApi.body()).contains("/v1/me");
    }
}
