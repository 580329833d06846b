package org.aaregistry.web.page;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Set;

/**
 * Cross-site request forgery protection (OWASP synchronizer token): every request that changes something carries
 * the session's random token, as the form field {@code csrf} or the header {@code X-CSRF-Token} (htmx and the
 * pages' scripts send the header). Another site's page can make the browser send the session cookie, but it cannot
 * read the token. Declared in web.xml before the pages.
 */
public class CsrfGuard extends HttpFilter {

    static final String FIELD = "csrf";
    static final String HEADER = "X-CSRF-Token";
    private static final String KEY = "registry.csrf";
    private static final Set<String> SAFE = Set.of("GET", "HEAD", "OPTIONS");
    private static final SecureRandom RANDOM = new SecureRandom();

    /** The session's token, created with the session's first page. */
    public static String token(HttpServletRequest request) {
        HttpSession session = request.getSession();
        String token = (String) session.getAttribute(KEY);
        if (token == null) {
            byte[] bytes = new byte[32];
            RANDOM.nextBytes(bytes);
            token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
            session.setAttribute(KEY, token);
        }
        return token;
    }

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (SAFE.contains(request.getMethod()) || sentTheToken(request)) {
            chain.doFilter(request, response);
            return;
        }
        response.setStatus(HttpServletResponse.SC_FORBIDDEN);
        response.setContentType("text/html; charset=UTF-8");
        response.getWriter()
                .write("<!DOCTYPE html><html lang=\"en\"><head><title>Form expired</title>"
                        + "<link rel=\"stylesheet\" href=\"/assets/registry.css\"></head><body><main class=\"card\">"
                        + "<h1>This form has expired</h1><p>The page was open too long, or it did not come from the"
                        + " registry. Nothing was saved. Go back, reload the page and send it again: what you"
                        + " typed is kept in this browser tab.</p></main></body></html>");
    }

    private static boolean sentTheToken(HttpServletRequest request) {
        HttpSession session = request.getSession(false);
        String expected = session == null ? null : (String) session.getAttribute(KEY);
        if (expected == null) {
            return false;
        }
        // the header (htmx, scripts), else the form field; a file upload without scripts carries it in the query
        // string of its action (a multipart body is not parsed here, so getParameter sees the query string only)
        String sent = request.getHeader(HEADER);
        if (sent == null) {
            sent = request.getParameter(FIELD);
        }
        return sent != null && MessageDigest.isEqual(sent.getBytes(), expected.getBytes());
    }
}
