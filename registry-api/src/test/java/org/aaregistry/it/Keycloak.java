package org.aaregistry.it;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

/**
 * The real Keycloak the launcher started (realm {@code registry} imported from the repository): real tokens
 * by the password grant of the development client {@code registry-cli}, and the admin REST API for the few
 * users and clients that only tests need.
 */
public final class Keycloak {

    public static final String URL = System.getProperty(
            "registry.keycloak.url", System.getenv().getOrDefault("REGISTRY_KEYCLOAK_URL", "http://localhost:8180"));
    /** The demo users' password: development realm only. */
    public static final String DEV_PASSWORD = "registry-dev-only";

    private static final String ADMIN_PASSWORD =
            System.getenv().getOrDefault("REGISTRY_KEYCLOAK_ADMIN_PASSWORD", "admin-dev-only");
    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final Map<String, Token> TOKENS = new ConcurrentHashMap<>();

    private record Token(String value, Instant expires) {}

    private Keycloak() {}

    /**
     * A fresh-enough access token of a demo or test user of the registry realm. One grant at a time: Keycloak's
     * brute-force detection takes two simultaneous password grants of one user for an attack and refuses one of
     * them as "invalid user credentials" (seen when two test threads asked for the same user's first token).
     */
    public static synchronized String token(String username) {
        Token cached = TOKENS.get(username);
        if (cached == null || cached.expires().isBefore(Instant.now().plusSeconds(60))) {
            JsonNode reply = passwordGrant("registry", "registry-cli", username, DEV_PASSWORD);
            cached = new Token(
                    reply.get("access_token").asText(),
                    Instant.now().plusSeconds(reply.get("expires_in").asLong()));
            TOKENS.put(username, cached);
        }
        return cached.value();
    }

    /** The whole token response (access, ID and refresh tokens) of a password grant. */
    public static JsonNode passwordGrant(String realm, String clientId, String username, String password) {
        Reply reply = form(
                URL + "/realms/" + realm + "/protocol/openid-connect/token",
                Map.of(
                        "grant_type", "password",
                        "client_id", clientId,
                        "username", username,
                        "password", password,
                        "scope", "openid"));
        if (reply.status() != 200) {
            throw new IllegalStateException("Keycloak refused a token for " + username + ": " + reply);
        }
        return reply.json();
    }

    /** An e-mail's local part is at most 64 characters: a longer username gets a shortened, still unique one. */
    private static String mailbox(String username) {
        return username.length() <= 64
                ? username
                : username.substring(0, 40) + "-" + Integer.toHexString(username.hashCode());
    }

    /** Creates a user of the registry realm unless it exists, with realm roles and optional site codes. */
    public static void ensureUser(String username, List<String> realmRoles, List<String> sites) {
        String admin = adminToken();
        String users = URL + "/admin/realms/registry/users";
        Reply existing = call("GET", users + "?exact=true&username=" + encode(username), admin, null);
        if (existing.json().isEmpty()) {
            String attributes = sites.isEmpty()
                    ? "{}"
                    : "{\"site\":[" + sites.stream().map(s -> "\"" + s + "\"").collect(Collectors.joining(",")) + "]}";
            String user = """
                    {"username":"%s","enabled":true,"emailVerified":true,"email":"%s@registry.invalid",
                     "firstName":"Test","lastName":"%s","attributes":%s,
                     "credentials":[{"type":"password","value":"%s","temporary":false}]}""".formatted(username, mailbox(username), username, attributes, DEV_PASSWORD);
            expect(call("POST", users, admin, user), 201);
            existing = call("GET", users + "?exact=true&username=" + encode(username), admin, null);
        }
        String id = existing.json().get(0).get("id").asText();
        for (String role : realmRoles) {
            JsonNode representation = call("GET", URL + "/admin/realms/registry/roles/" + role, admin, null)
                    .json();
            expect(call("POST", users + "/" + id + "/role-mappings/realm", admin, "[" + representation + "]"), 204);
        }
    }

    /** Creates a client of a realm from its JSON representation unless a client of that id exists. */
    public static void ensureClient(String realm, String clientId, String representation) {
        String admin = adminToken();
        String clients = URL + "/admin/realms/" + realm + "/clients";
        if (call("GET", clients + "?clientId=" + encode(clientId), admin, null)
                .json()
                .isEmpty()) {
            expect(call("POST", clients, admin, representation), 201);
        }
    }

    /** Creates a realm from its JSON representation unless it exists. */
    public static void ensureRealm(String realm, String representation) {
        String admin = adminToken();
        if (call("GET", URL + "/admin/realms/" + realm, admin, null).status() == 404) {
            expect(call("POST", URL + "/admin/realms", admin, representation), 201);
        }
    }

    /** Lets the registry-web client send browsers back to a test server's own address after sign-in. */
    public static void allowWebRedirectTo(String origin) {
        String admin = adminToken();
        String clients = URL + "/admin/realms/registry/clients";
        JsonNode client = call("GET", clients + "?clientId=registry-web", admin, null)
                .json()
                .get(0);
        com.fasterxml.jackson.databind.node.ObjectNode changed = client.deepCopy();
        com.fasterxml.jackson.databind.node.ArrayNode redirects = changed.withArray("redirectUris");
        for (JsonNode uri : redirects) {
            if (uri.asText().equals(origin + "/*")) {
                return;
            }
        }
        redirects.add(origin + "/*");
        ((com.fasterxml.jackson.databind.node.ObjectNode) changed.get("attributes"))
                .put(
                        "post.logout.redirect.uris",
                        client.path("attributes")
                                        .path("post.logout.redirect.uris")
                                        .asText() + "##" + origin + "/*");
        expect(call("PUT", clients + "/" + client.get("id").asText(), admin, changed.toString()), 204);
    }

    /** The JSON Web Key Set of the registry realm, as the API fetches it. */
    public static JsonNode registryKeys() {
        return call("GET", URL + "/realms/registry/protocol/openid-connect/certs", null, null)
                .json();
    }

    private static String adminToken() {
        Reply reply = form(
                URL + "/realms/master/protocol/openid-connect/token",
                Map.of(
                        "grant_type", "password",
                        "client_id", "admin-cli",
                        "username", "admin",
                        "password", ADMIN_PASSWORD));
        expect(reply, 200);
        return reply.json().get("access_token").asText();
    }

    private static Reply form(String url, Map<String, String> fields) {
        String body = fields.entrySet().stream()
                .map(field -> encode(field.getKey()) + "=" + encode(field.getValue()))
                .collect(Collectors.joining("&"));
        return exchange(HttpRequest.newBuilder(URI.create(url))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)));
    }

    private static Reply call(String method, String url, String token, String json) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url))
                .method(
                        method,
                        json == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(json));
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        if (json != null) {
            request.header("Content-Type", "application/json");
        }
        return exchange(request);
    }

    private static Reply exchange(HttpRequest.Builder request) {
        try {
            HttpResponse<String> response = HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
            return new Reply(response.statusCode(), response.headers(), response.body());
        } catch (IOException e) {
            throw new UncheckedIOException("is Keycloak running at " + URL + "? (bin/registry test-services)", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static void expect(Reply reply, int status) {
        if (reply.status() != status) {
            throw new IllegalStateException("Keycloak admin API answered " + reply);
        }
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
