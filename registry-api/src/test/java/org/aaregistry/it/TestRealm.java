package org.aaregistry.it;

import java.util.List;

/**
 * Users, clients and a second realm that only the tests need, created through Keycloak's admin API the first
 * time a test asks for them: a user without registry role, a coordinator without site, a client issuing
 * tokens without the {@code registry-api} audience, one issuing tokens that expire after two seconds, and a
 * whole other realm (another issuer, other keys).
 */
public final class TestRealm {

    public static final String NO_ROLE = "it-no-role";
    public static final String COORDINATOR_WITHOUT_SITE = "it-coordinator-nosite";
    public static final String NO_AUDIENCE_CLIENT = "it-no-audience";
    public static final String SHORT_LIVED_CLIENT = "it-short-lived";
    public static final String OTHER_REALM = "it-other-realm";

    private static final String GROUPS_MAPPER = """
            {"name":"groups","protocol":"openid-connect","protocolMapper":"oidc-usermodel-realm-role-mapper",
             "config":{"multivalued":"true","claim.name":"groups","jsonType.label":"String","access.token.claim":"true"}}""";
    private static final String AUDIENCE_MAPPER = """
            {"name":"audience","protocol":"openid-connect","protocolMapper":"oidc-audience-mapper",
             "config":{"included.custom.audience":"registry-api","access.token.claim":"true"}}""";

    private static volatile boolean ready;

    private TestRealm() {}

    public static synchronized void ensure() {
        if (ready) {
            return;
        }
        Keycloak.ensureUser(NO_ROLE, List.of(), List.of());
        Keycloak.ensureUser(COORDINATOR_WITHOUT_SITE, List.of("coordinator"), List.of());
        Keycloak.ensureClient("registry", NO_AUDIENCE_CLIENT, publicClient(NO_AUDIENCE_CLIENT, "{}", GROUPS_MAPPER));
        Keycloak.ensureClient(
                "registry",
                SHORT_LIVED_CLIENT,
                publicClient(
                        SHORT_LIVED_CLIENT,
                        "{\"access.token.lifespan\":\"2\"}",
                        GROUPS_MAPPER + "," + AUDIENCE_MAPPER));
        Keycloak.ensureRealm(OTHER_REALM, """
                {"realm":"%s","enabled":true,"sslRequired":"none",
                 "roles":{"realm":[{"name":"coordinator"}]},
                 "clients":[%s],
                 "users":[{"username":"coordinator-a","enabled":true,"emailVerified":true,
                   "email":"a@other.invalid","firstName":"Other","lastName":"Realm","realmRoles":["coordinator"],
                   "credentials":[{"type":"password","value":"%s","temporary":false}]}]}""".formatted(
                        OTHER_REALM,
                        publicClient("registry-cli", "{}", GROUPS_MAPPER + "," + AUDIENCE_MAPPER),
                        Keycloak.DEV_PASSWORD));
        ready = true;
    }

    private static String publicClient(String clientId, String attributes, String mappers) {
        return """
                {"clientId":"%s","enabled":true,"publicClient":true,"standardFlowEnabled":false,
                 "directAccessGrantsEnabled":true,"attributes":%s,"protocolMappers":[%s]}""".formatted(clientId, attributes, mappers);
    }
}
