package io.insidergraph.api;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.Principal;

import io.insidergraph.ingest.IngestSettings;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Decides who the caller is, and how large a body it may send, before any of the body is read: one GraphQL
 * endpoint takes both queries and the {@code ingestFiling} mutation, and which one a body holds is known only once it
 * is read and parsed. So a caller without the API key may send at most {@code insidergraph.limits.max-body-size}
 * (a query, however large, is far smaller), and the key holder twice the ingest file-size limit more (room for a
 * filing written as a JSON string, whose escapes lengthen it). A body over the caller's limit is answered 413 after
 * its headers, or as soon as a body of unstated length passes the limit, without reading further.
 * <p>
 * The key holder's request carries a {@link Principal}, which is what Spring Boot's
 * {@code management.endpoint.health.show-details: when-authorized} asks for: so the health details (paths, disk
 * sizes, the database's version and address) are shown to the key holder only, without Spring Security.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class RequestGate extends OncePerRequestFilter {

    private static final Logger log = LoggerFactory.getLogger(RequestGate.class);

    private static final Principal KEY_HOLDER = () -> "api-key-holder";

    private final ApiKey apiKey;
    private final long maxBody;
    private final long maxBodyWithKey;

    RequestGate(ApiKey apiKey, Limits limits, IngestSettings ingest) {
        this.apiKey = apiKey;
        this.maxBody = limits.maxBodySize().toBytes();
        this.maxBodyWithKey = Math.min(Integer.MAX_VALUE - 8, 2 * ingest.maxFileSize().toBytes() + maxBody);
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        boolean holder = apiKey.matches(request.getHeader(ApiKey.HEADER));
        long limit = holder ? maxBodyWithKey : maxBody;
        long length = request.getContentLengthLong();
        if (length > limit) {
            refuse(request, response, holder, limit, "of " + length + " bytes");
            return;
        }
        HttpServletRequest gated = holder ? new KeyHolderRequest(request) : request;
        if (length < 0 && request.getHeader(HttpHeaders.TRANSFER_ENCODING) != null) {
            // no length stated: read up to one byte past the limit here, and no further
            var body = request.getInputStream().readNBytes((int) limit + 1);
            if (body.length > limit) {
                refuse(request, response, holder, limit, "of unstated length");
                return;
            }
            gated = new ReadBody(gated, body);
        }
        chain.doFilter(gated, response);
    }

    private static void refuse(HttpServletRequest request, HttpServletResponse response, boolean holder, long limit,
            String size) throws IOException {
        var setting = holder ? "twice insidergraph.ingest.max-file-size plus insidergraph.limits.max-body-size"
                : "insidergraph.limits.max-body-size, for callers without the API key";
        var message = "Request body too large: a body " + size + " is over the limit of " + limit + " bytes ("
                + setting + ")";
        log.warn("Refused {} {} from {}: {}", request.getMethod(), request.getRequestURI(), request.getRemoteAddr(),
                message);
        response.setStatus(HttpStatus.CONTENT_TOO_LARGE.value());
        // close rather than read the rest of the body to keep the connection
        response.setHeader(HttpHeaders.CONNECTION, "close");
        response.setContentType(MediaType.APPLICATION_JSON_VALUE);
        response.setCharacterEncoding(StandardCharsets.UTF_8);
        response.getWriter().write("{\"errors\":[{\"message\":\"" + message
                + "\",\"extensions\":{\"classification\":\"BAD_REQUEST\"}}]}");
    }

    /** A request of the API key's holder. */
    private static final class KeyHolderRequest extends HttpServletRequestWrapper {

        KeyHolderRequest(HttpServletRequest request) {
            super(request);
        }

        @Override
        public Principal getUserPrincipal() {
            return KEY_HOLDER;
        }
    }

    /** A request whose body the gate has already read (within the limit). */
    private static final class ReadBody extends HttpServletRequestWrapper {

        private final byte[] body;

        ReadBody(HttpServletRequest request, byte[] body) {
            super(request);
            this.body = body;
        }

        @Override
        public int getContentLength() {
            return body.length;
        }

        @Override
        public long getContentLengthLong() {
            return body.length;
        }

        @Override
        public ServletInputStream getInputStream() {
            var in = new ByteArrayInputStream(body);
            return new ServletInputStream() {
                @Override
                public int read() {
                    return in.read();
                }

                @Override
                public int read(byte[] buffer, int offset, int length) {
                    return in.read(buffer, offset, length);
                }

                @Override
                public boolean isFinished() {
                    return in.available() == 0;
                }

                @Override
                public boolean isReady() {
                    return true;
                }

                @Override
                public void setReadListener(ReadListener listener) {
                    throw new UnsupportedOperationException("the body is already read");
                }
            };
        }
    }
}
