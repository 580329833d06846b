package org.aaregistry.web.relay;

import jakarta.inject.Inject;
import jakarta.security.enterprise.identitystore.openid.OpenIdContext;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The browser's only way to the data: {@code /relay/v1/...} is forwarded to registry-api's {@code /api/v1/...}
 * with the signed-in user's access token. The API decides what the user may see and logs it; this servlet
 * adds nothing and decides nothing. Changing requests must carry {@code X-Requested-With: registry-web},
 * which another site's page cannot send without a CORS preflight this UI never grants (CSRF protection).
 */
@WebServlet(urlPatterns = "/relay/*", asyncSupported = false)
public class ApiRelay extends HttpServlet {

    static final String CSRF_HEADER = "X-Requested-With";
    static final String CSRF_VALUE = "registry-web";
    private static final long MAX_BODY_BYTES = 20L * 1024 * 1024;
    private static final Set<String> METHODS = Set.of("GET", "POST", "PUT", "PATCH", "DELETE");
    private static final List<String> REQUEST_HEADERS = List.of(
            "Accept",
            "Accept-Language",
            "Content-Type",
            "If-Match",
            "If-None-Match",
            "Idempotency-Key",
            "X-Request-Id");
    private static final List<String> RESPONSE_HEADERS =
            List.of("Content-Type", "ETag", "X-Request-Id", "Content-Disposition", "Retry-After", "Link");
    private static final HttpClient HTTP = HttpClient.newBuilder()
            // HTTP/1.1: the JDK's cleartext HTTP/2 upgrade of large bodies (imports) is cut off by Grizzly
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5))
            .followRedirects(HttpClient.Redirect.NEVER)
            .build();

    @Inject
    OpenIdContext openId;

    @Inject
    @ConfigProperty(name = "registry.api.url")
    Optional<String> apiUrl;

    @Override
    protected void service(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String method = request.getMethod();
        if (!METHODS.contains(method)) {
            RelayProblem.send(response, 405, "method-not-allowed", "Method not allowed");
            return;
        }
        if (!"GET".equals(method) && !CSRF_VALUE.equals(request.getHeader(CSRF_HEADER))) {
            RelayProblem.send(response, 403, "forbidden", "Changing requests must come from the registry's own pages");
            return;
        }
        if (request.getContentLengthLong() > MAX_BODY_BYTES) {
            RelayProblem.send(response, 413, "payload-too-large", "The request body is larger than 20 MB");
            return;
        }
        HttpRequest.Builder forward = HttpRequest.newBuilder(target(request))
                .timeout(Duration.ofMinutes(2))
                .header("Authorization", "Bearer " + openId.getAccessToken().getToken())
                .header("X-Forwarded-For", request.getRemoteAddr())
                .method(method, body(request));
        for (String name : REQUEST_HEADERS) {
            String value = request.getHeader(name);
            if (value != null) {
                forward.header(name, value);
            }
        }
        try {
            HttpResponse<InputStream> answer = HTTP.send(forward.build(), HttpResponse.BodyHandlers.ofInputStream());
            response.setStatus(answer.statusCode());
            for (String name : RESPONSE_HEADERS) {
                answer.headers().firstValue(name).ifPresent(value -> response.setHeader(name, value));
            }
            answer.headers()
                    .firstValue("Location")
                    .ifPresent(location -> response.setHeader(
                            "Location",
                            request.getContextPath() + "/relay/v1" + location.substring(location.indexOf("/v1/") + 3)));
            try (InputStream body = answer.body()) {
                body.transferTo(response.getOutputStream());
            }
        } catch (ConnectException | HttpTimeoutException e) {
            RelayProblem.send(
                    response, 502, "api-unavailable", "The registry API cannot be reached; try again shortly");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            RelayProblem.send(response, 503, "unavailable", "The request was interrupted");
        }
    }

    private URI target(HttpServletRequest request) {
        String base =
                apiUrl.filter(url -> !url.isBlank()).orElse("http://127.0.0.1:" + request.getLocalPort() + "/api/v1");
        String path = request.getPathInfo() == null ? "" : request.getPathInfo();
        if (path.startsWith("/v1")) {
            path = path.substring(3);
        }
        String query = request.getQueryString() == null ? "" : "?" + request.getQueryString();
        return URI.create(base + path + query);
    }

    private static HttpRequest.BodyPublisher body(HttpServletRequest request) throws IOException {
        if ("GET".equals(request.getMethod())) {
            return HttpRequest.BodyPublishers.noBody();
        }
        byte[] bytes = request.getInputStream().readNBytes((int) MAX_BODY_BYTES + 1);
        if (bytes.length > MAX_BODY_BYTES) {
            throw new IOException("request body larger than 20 MB");
        }
        return HttpRequest.BodyPublishers.ofByteArray(bytes);
    }
}
