package org.aaregistry.web.relay;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;

/** The relay's own refusals, in the same RFC 9457 shape as the API's, so the pages handle one kind of error. */
final class RelayProblem {

    private RelayProblem() {}

    static void send(HttpServletResponse response, int status, String slug, String detail) throws IOException {
        response.setStatus(status);
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        response.setContentType("application/problem+json");
        response.getWriter()
                .write("{\"type\":\"urn:aa-registry:problem:" + slug + "\",\"title\":\"" + detail + "\",\"status\":"
                        + status + ",\"detail\":\"" + detail + "\",\"errors\":[]}");
    }
}
