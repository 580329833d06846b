package org.aaregistry.web.signin;

import jakarta.annotation.security.DeclareRoles;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.security.enterprise.authentication.mechanism.http.OpenIdAuthenticationMechanismDefinition;
import jakarta.security.enterprise.authentication.mechanism.http.openid.ClaimsDefinition;
import jakarta.security.enterprise.authentication.mechanism.http.openid.LogoutDefinition;

/**
 * Sign-in with Keycloak, authorization code flow with a confidential client. Roles come from the token's
 * {@code groups} claim. Access tokens live five minutes; they are refreshed with the refresh token on the
 * first request after they come within 30 s of expiry, so a user entering data all day is not interrupted.
 */
@ApplicationScoped
@DeclareRoles({"coordinator", "investigator", "auditor", "admin"})
@OpenIdAuthenticationMechanismDefinition(
        providerURI = "${oidc.issuer}",
        clientId = "${oidc.clientId}",
        clientSecret = "${oidc.clientSecret}",
        redirectURI = "${baseURL}/callback",
        redirectToOriginalResource = true,
        scope = {"openid", "profile", "email"},
        claimsDefinition = @ClaimsDefinition(callerNameClaim = "preferred_username", callerGroupsClaim = "groups"),
        tokenAutoRefresh = true,
        tokenMinValidity = 30_000,
        logout = @LogoutDefinition(notifyProvider = true, redirectURI = "${baseURL}/signed-out.html"))
public class SignIn {}
