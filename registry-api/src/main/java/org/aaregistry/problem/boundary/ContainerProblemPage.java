package org.aaregistry.problem.boundary;

import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;

/**
 * The error page for what the container answers itself, before the API's code runs: a token refused by
 * MP-JWT (401), a path outside the API (404), an uncaught failure (500). The body is a problem like every
 * other error; the request id is the one the access log recorded.
 */
@WebServlet(urlPatterns = "/container-problem")
public class ContainerProblemPage extends HttpServlet {

    private static final Jsonb JSON = JsonbBuilder.create();

    @Override
    protected void service(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
        int status = code instanceof Integer number ? number : HttpServletResponse.SC_NOT_FOUND;
        ProblemType kind = ProblemType.forStatus(status);
        String detail = switch (status) {
            case 401 ->
                "Sign in: send a valid, unexpired access token of the registry realm as 'Authorization: Bearer ...'";
            case 404 -> "No such resource";
            case 500 -> "Quote request id " + RequestId.of(request) + " to your registry support";
            default -> kind.title();
        };
        response.setStatus(status);
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        response.setContentType(Problem.MEDIA_TYPE);
        response.setHeader(RequestId.HEADER, RequestId.of(request));
        if (status == 401) {
            response.setHeader("WWW-Authenticate", "Bearer realm=\"registry\", error=\"invalid_token\"");
        }
        response.getWriter().write(JSON.toJson(Problem.of(kind, detail, RequestId.of(request))));
    }
}
