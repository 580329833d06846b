package org.aaregistry.it;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;

/**
 * A client of the deployed API, as a script would be: plain HTTP with a bearer token. The deployment URL
 * Arquillian injects may name the machine's external address; it is rewritten to the loopback address.
 */
public final class Api {

    private static final HttpClient HTTP = HttpClient.newBuilder()
            // HTTP/1.1 like curl and browsers here: the JDK's h2c upgrade of large POSTs is cut off by Grizzly
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(10))
            .build();

    private final URI server;

    public Api(URL deployment) {
        this.server = URI.create("http://127.0.0.1:" + deployment.getPort() + "/");
    }

    /** {@code path} relative to the server root, e.g. {@code api/v1/me} or {@code health/ready}. */
    public URI uri(String path) {
        return server.resolve(path);
    }

    /**
     * The status the server answers to a request that announces a body of {@code length} bytes, read before any
     * of the body is sent: how a server refuses an oversized body before parsing it.
     */
    public int statusForAnnouncedBody(String method, String path, String token, String contentType, long length) {
        try (java.net.Socket socket = new java.net.Socket(server.getHost(), server.getPort())) {
            socket.setSoTimeout(30_000);
            String request = method + " /" + path + " HTTP/1.1\r\nHost: " + server.getHost() + "\r\n"
                    + "Authorization: Bearer " + token + "\r\nContent-Type: " + contentType + "\r\n"
                    + "Content-Length: " + length + "\r\nConnection: close\r\n\r\n";
            socket.getOutputStream().write(request.getBytes(java.nio.charset.StandardCharsets.US_ASCII));
            socket.getOutputStream().flush();
            String status = new java.io.BufferedReader(new java.io.InputStreamReader(
                            socket.getInputStream(), java.nio.charset.StandardCharsets.US_ASCII))
                    .readLine();
            return Integer.parseInt(status.split(" ")[1]);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public Reply get(String path, String token) {
        return send("GET", path, token, null, null, Map.of());
    }

    public Reply post(String path, String token, String json) {
        return send("POST", path, token, "application/json", json, Map.of());
    }

    public Reply send(
            String method, String path, String token, String contentType, String body, Map<String, String> headers) {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri(path))
                .timeout(Duration.ofMinutes(5))
                .method(
                        method,
                        body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        if (contentType != null) {
            request.header("Content-Type", contentType);
        }
        headers.forEach(request::header);
        try {
            HttpResponse<String> response = HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
            return new Reply(response.statusCode(), response.headers(), response.body());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
