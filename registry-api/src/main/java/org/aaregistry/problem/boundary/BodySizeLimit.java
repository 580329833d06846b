package org.aaregistry.problem.boundary;

import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.ws.rs.WebApplicationException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;

/**
 * Refuses oversized bodies before anything parses them (413): 1 MB for JSON, 16 MB for an import file. A
 * declared length is refused at once; a chunked body is counted as it is read and cut off at the limit.
 */
@WebFilter(urlPatterns = "/*")
public class BodySizeLimit extends HttpFilter {

    static final long JSON_LIMIT = 1L << 20;
    static final long IMPORT_LIMIT = 16L << 20;
    private static final Jsonb JSON = JsonbBuilder.create();

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        long limit = limitFor(request);
        if (request.getContentLengthLong() > limit) {
            response.setStatus(413);
            response.setCharacterEncoding(StandardCharsets.UTF_8.name());
            response.setContentType(Problem.MEDIA_TYPE);
            response.setHeader(RequestId.HEADER, RequestId.of(request));
            response.getWriter()
                    .write(JSON.toJson(Problem.of(
                            ProblemType.PAYLOAD_TOO_LARGE,
                            "The body is larger than " + (limit >> 20) + " MB",
                            RequestId.of(request))));
            return;
        }
        chain.doFilter(request.getContentLengthLong() < 0 ? new Counted(request, limit) : request, response);
    }

    private static long limitFor(HttpServletRequest request) {
        String type =
                request.getContentType() == null ? "" : request.getContentType().toLowerCase();
        return type.startsWith("text/csv") || type.startsWith("multipart/") ? IMPORT_LIMIT : JSON_LIMIT;
    }

    /** A body of undeclared length, cut off when it passes the limit. */
    private static final class Counted extends HttpServletRequestWrapper {

        private final long limit;

        Counted(HttpServletRequest request, long limit) {
            super(request);
            this.limit = limit;
        }

        @Override
        public ServletInputStream getInputStream() throws IOException {
            ServletInputStream body = super.getInputStream();
            return new ServletInputStream() {
                private long read;

                @Override
                public int read() throws IOException {
                    int b = body.read();
                    if (b >= 0 && ++read > limit) {
                        throw new WebApplicationException(413);
                    }
                    return b;
                }

                @Override
                public int read(byte[] buffer, int offset, int length) throws IOException {
                    int n = body.read(buffer, offset, length);
                    if (n > 0 && (read += n) > limit) {
                        throw new WebApplicationException(413);
                    }
                    return n;
                }

                @Override
                public boolean isFinished() {
                    return body.isFinished();
                }

                @Override
                public boolean isReady() {
                    return body.isReady();
                }

                @Override
                public void setReadListener(ReadListener listener) {
                    body.setReadListener(listener);
                }
            };
        }
    }
}
