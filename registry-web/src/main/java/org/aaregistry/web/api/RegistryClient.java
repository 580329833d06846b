package org.aaregistry.web.api;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonValue;
import jakarta.security.enterprise.identitystore.openid.OpenIdContext;
import jakarta.servlet.http.HttpServletRequest;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * registry-api on behalf of the signed-in user: every call carries the user's access token (which never leaves
 * this server), so the API decides what the user may see and do and writes it to its access log, exactly as for a
 * script. Pages read through here; nothing is cached or stored.
 */
@RequestScoped
public class RegistryClient {

    /** Shared: connections to the API are reused across requests. */
    public static final HttpClient HTTP = HttpClient.newBuilder()
            // HTTP/1.1: the JDK's cleartext HTTP/2 upgrade of large bodies (imports) is cut off by Grizzly
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5))
            .followRedirects(HttpClient.Redirect.NEVER)
            .build();

    private static final Duration TIMEOUT = Duration.ofMinutes(5);

    @Inject
    OpenIdContext openId;

    @Inject
    HttpServletRequest request;

    @Inject
    @ConfigProperty(name = "registry.api.url")
    Optional<String> apiUrl;

    /** The API's base, {@code .../api/v1}: configured, or the API deployed on this same server. */
    public static String base(Optional<String> configured, HttpServletRequest request) {
        return configured
                .filter(url -> !url.isBlank())
                .orElse("http://127.0.0.1:" + request.getLocalPort() + "/api/v1");
    }

    public ApiAnswer get(String path) {
        return join(getAsync(path));
    }

    /** Several reads of one page go out side by side. */
    public CompletableFuture<ApiAnswer> getAsync(String path) {
        return send(builder(path).GET().header("Accept", "application/json"));
    }

    /** A read in another format than JSON (a CSV export, a PDF). */
    public ApiAnswer get(String path, String accept) {
        return join(send(builder(path).GET().header("Accept", accept)));
    }

    public ApiAnswer post(String path, JsonValue body, Map<String, String> headers) {
        HttpRequest.Builder b = builder(path).POST(HttpRequest.BodyPublishers.ofString(body.toString()));
        headers.forEach(b::header);
        return join(send(b.header("Content-Type", "application/json")));
    }

    public ApiAnswer put(String path, JsonValue body, String etag) {
        return join(send(builder(path)
                .PUT(HttpRequest.BodyPublishers.ofString(body.toString()))
                .header("Content-Type", "application/json")
                .header("If-Match", etag == null ? "" : etag)));
    }

    /** A void: DELETE with the reason in a JSON body. */
    public ApiAnswer delete(String path, JsonValue body, String etag) {
        return join(send(builder(path)
                .method("DELETE", HttpRequest.BodyPublishers.ofString(body.toString()))
                .header("Content-Type", "application/json")
                .header("If-Match", etag == null ? "" : etag)));
    }

    /** A body of another type (an import's CSV), as it came. */
    public ApiAnswer postRaw(String path, String contentType, byte[] body, Map<String, String> headers) {
        HttpRequest.Builder b = builder(path).POST(HttpRequest.BodyPublishers.ofByteArray(body));
        headers.forEach(b::header);
        return join(send(b.header("Content-Type", contentType).header("Accept", "application/json")));
    }

    private HttpRequest.Builder builder(String path) {
        return HttpRequest.newBuilder(URI.create(base(apiUrl, request) + "/" + path))
                .timeout(TIMEOUT)
                .header("Authorization", "Bearer " + openId.getAccessToken().getToken())
                .header("X-Forwarded-For", request.getRemoteAddr());
    }

    private static CompletableFuture<ApiAnswer> send(HttpRequest.Builder request) {
        return HTTP.sendAsync(request.build(), HttpResponse.BodyHandlers.ofByteArray())
                .thenApply(r -> new ApiAnswer(
                        r.statusCode(),
                        r.headers().firstValue("ETag").orElse(null),
                        r.headers().firstValue("Content-Type").orElse(null),
                        r.headers().firstValue("Content-Disposition").orElse(null),
                        r.body()))
                .exceptionally(failure -> new ApiAnswer(503, null, null, null, new byte[0]));
    }

    private static ApiAnswer join(CompletableFuture<ApiAnswer> answer) {
        return answer.join();
    }
}
