package org.aaregistry;

import jakarta.annotation.security.DeclareRoles;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import java.util.Map;
import org.aaregistry.security.boundary.Roles;
import org.eclipse.microprofile.auth.LoginConfig;
import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.enums.SecuritySchemeType;
import org.eclipse.microprofile.openapi.annotations.info.Info;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.security.SecurityScheme;

/**
 * The registry's REST API, under {@code /api/v1}. Every caller presents a Keycloak access token (MicroProfile
 * JWT); every resource declares the roles it admits.
 *
 * <p>{@code @ApplicationScoped} is required on Payara 7: without it deployment fails with WELD-001408
 * (unsatisfied dependency for {@code JsonWebToken}).
 */
@ApplicationPath("v1")
@ApplicationScoped
@LoginConfig(authMethod = "MP-JWT", realmName = "registry")
@DeclareRoles({Roles.COORDINATOR, Roles.INVESTIGATOR, Roles.AUDITOR, Roles.ADMIN, Roles.DEMO_LOADER})
@OpenAPIDefinition(
        info =
                @Info(
                        title = "aa-registry API",
                        version = "1",
                        description =
                                "Clinical research registry for aplastic anemia. Errors are RFC 9457 problem details."),
        security = @SecurityRequirement(name = "keycloak"))
@SecurityScheme(
        securitySchemeName = "keycloak",
        type = SecuritySchemeType.HTTP,
        scheme = "bearer",
        bearerFormat = "JWT",
        description = "Access token of the Keycloak realm 'registry' with audience registry-api")
public class RegistryApi extends Application {

    /**
     * Jersey would also describe every resource at {@code /application.wadl}, to anyone signed in: the OpenAPI
     * document is the API's one published description.
     */
    @Override
    public Map<String, Object> getProperties() {
        return Map.of("jersey.config.server.wadl.disableWadl", true);
    }
}
