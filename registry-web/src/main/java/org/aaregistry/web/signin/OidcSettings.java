package org.aaregistry.web.signin;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Where Keycloak is and how this UI identifies itself to it, from MicroProfile Config (environment variables
 * REGISTRY_OIDC_ISSUER, REGISTRY_WEB_CLIENT_ID, REGISTRY_WEB_CLIENT_SECRET). Named {@code oidc} for the
 * expressions in {@link SignIn}'s annotation.
 */
@Named("oidc")
@ApplicationScoped
public class OidcSettings {

    @Inject
    @ConfigProperty(name = "registry.oidc.issuer")
    String issuer;

    @Inject
    @ConfigProperty(name = "registry.web.client-id")
    String clientId;

    @Inject
    @ConfigProperty(name = "registry.web.client-secret")
    String clientSecret;

    public String getIssuer() {
        return issuer;
    }

    public String getClientId() {
        return clientId;
    }

    public String getClientSecret() {
        return clientSecret;
    }
}
