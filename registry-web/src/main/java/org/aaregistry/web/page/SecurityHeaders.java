package org.aaregistry.web.page;

import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import org.aaregistry.web.signin.OidcSettings;

/**
 * Browser hardening for every page (OWASP ASVS 5.0 §3.4): scripts only from this origin, no framing, no MIME
 * sniffing, no referrer leaking study ids, and no caching of pages that show patient data. Declared in web.xml,
 * first of the filters.
 *
 * <p>The libraries and the registry's own scripts and styles hold no data and may be kept by the browser: without
 * that, every page fetched and parsed some 400 KB of Bootstrap, htmx and Chart.js again, most of the time a page
 * took to show. A webjar's address names its version, so it never changes and is kept for a year; the registry's
 * own files are revalidated on every use (an unchanged file is answered 304 with no body).
 */
public class SecurityHeaders extends HttpFilter {

    @Inject
    OidcSettings oidc;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        response.setHeader(
                "Content-Security-Policy",
                "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
                        + "connect-src 'self'; frame-ancestors 'none'; base-uri 'none'; "
                        // signing out posts here and is redirected to Keycloak's end-session page
                        + "form-action 'self' " + keycloakOrigin());
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("X-Frame-Options", "DENY");
        response.setHeader("Referrer-Policy", "no-referrer");
        response.setHeader(
                "Cache-Control",
                cacheControl(request.getRequestURI()
                        .substring(request.getContextPath().length())));
        chain.doFilter(request, response);
    }

    static String cacheControl(String path) {
        if (path.startsWith("/webjars/")) {
            return "public, max-age=31536000, immutable";
        }
        if (path.startsWith("/assets/")) {
            return "no-cache";
        }
        return "no-store";
    }

    private String keycloakOrigin() {
        URI issuer = URI.create(oidc.getIssuer());
        return issuer.getScheme() + "://" + issuer.getAuthority();
    }
}
