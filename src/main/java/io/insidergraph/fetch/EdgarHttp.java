package io.insidergraph.fetch;

import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

import org.apache.hc.client5.http.classic.ExecChain;
import org.apache.hc.client5.http.classic.ExecChainHandler;
import org.apache.hc.client5.http.classic.methods.HttpGet;
import org.apache.hc.client5.http.config.ConnectionConfig;
import org.apache.hc.client5.http.config.RequestConfig;
import org.apache.hc.client5.http.entity.GZIPInputStreamFactory;
import org.apache.hc.client5.http.impl.ChainElement;
import org.apache.hc.client5.http.impl.classic.CloseableHttpClient;
import org.apache.hc.client5.http.impl.classic.HttpClients;
import org.apache.hc.client5.http.impl.io.PoolingHttpClientConnectionManagerBuilder;
import org.apache.hc.client5.http.protocol.HttpClientContext;
import org.apache.hc.core5.http.ClassicHttpRequest;
import org.apache.hc.core5.http.ClassicHttpResponse;
import org.apache.hc.core5.http.HttpException;
import org.apache.hc.core5.http.protocol.HttpContext;
import org.apache.hc.core5.io.CloseMode;
import org.apache.hc.core5.util.Timeout;
import org.jspecify.annotations.Nullable;

/**
 * Every request to EDGAR goes through here, from every thread, on one Apache HttpClient 5 client: it sends the
 * declared User-Agent, asks for gzip and decodes it, times out a connection that falls silent (waiting for the
 * headers or in the middle of a body), and retries by {@link EdgarRetries}; {@link FairAccess}, inside its retry
 * loop, keeps every try to the SEC's rate limit and pauses. The body of a successful answer is read inside that loop
 * too ({@link BodyInRetry}), so that a body that breaks off midway is retried like any other failed try: the client
 * retries only what fails within its chain of handlers, and reading the body after it returns would need a second
 * retry loop of our own.
 */
final class EdgarHttp implements AutoCloseable {

    private final CloseableHttpClient client;
    private final FairAccess fairAccess;

    EdgarHttp(EdgarProperties properties, UserAgent userAgent, Clock clock) {
        this.fairAccess = new FairAccess(properties.maxRequestsPerSecond(), clock);
        var retries = new EdgarRetries(properties.maxAttempts(), properties.initialBackoff(),
                properties.maxBackoff(), fairAccess);
        var silence = Timeout.of(properties.requestTimeout());
        int connections = properties.threads() + 1; // one to spare for the index and JSON requests
        this.client = HttpClients.custom()
                .setConnectionManager(PoolingHttpClientConnectionManagerBuilder.create()
                        .setDefaultConnectionConfig(ConnectionConfig.custom()
                                .setConnectTimeout(Timeout.of(properties.connectTimeout()))
                                .setSocketTimeout(silence)
                                .build())
                        .setMaxConnPerRoute(connections)
                        .setMaxConnTotal(2 * connections)
                        .build())
                .setDefaultRequestConfig(RequestConfig.custom().setResponseTimeout(silence).build())
                .setUserAgent(userAgent.value())
                // sec.gov compresses with gzip only: ask for that alone (the default adds x-gzip and deflate)
                .setContentDecoderRegistry(new LinkedHashMap<>(Map.of("gzip", GZIPInputStreamFactory.getInstance())))
                .setRetryStrategy(retries)
                // the chain runs REDIRECT, RETRY, COMPRESS, then the transport: the body is read inside the retry
                // loop but outside gzip decoding, and every try (each redirect too) waits for its turn
                .addExecInterceptorAfter(ChainElement.RETRY.name(), "edgar-body", new BodyInRetry())
                .addExecInterceptorAfter(ChainElement.COMPRESS.name(), "edgar-fair-access", fairAccess)
                .disableCookieManagement()
                .build();
    }

    /** The whole body, decoded; empty when the server has no such file (404). */
    Optional<byte[]> get(URI uri) {
        return exchange(uri, InputStream::readAllBytes);
    }

    /**
     * Streams the body to {@code target}'s {@code .part} file, checks it, and only then moves it to {@code target},
     * so that {@code target} exists only when complete. False when the server has no such file (404). A body that
     * fails the check is asked for again, like one that broke off.
     */
    boolean download(URI uri, Path target, Completeness.Check check) {
        var part = target.resolveSibling(target.getFileName() + ".part");
        var found = exchange(uri, body -> {
            try (var out = toDisk(part)) {
                body.transferTo(out);
            }
            body.close(); // all in: the connection goes back to the pool before the (long, for archives) check
            var problem = check.problem(part);
            if (problem.isPresent()) {
                throw new IOException("incomplete download: " + problem.get());
            }
            try {
                Files.move(part, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            }
            catch (IOException ex) {
                throw diskFailure(target, ex);
            }
            return target;
        });
        return found.isPresent();
    }

    /**
     * What the server said of a file the folder has a copy of: its validators ({@code ETag}, {@code Last-Modified}),
     * sent back with the next request, so that an unchanged file is answered 304 and not sent again.
     */
    record Validators(@Nullable String etag, @Nullable String lastModified) {

        static final Validators NONE = new Validators(null, null);
    }

    /** What a conditional download did. */
    enum Outcome { DOWNLOADED, UNCHANGED, NOT_FOUND }

    /** A conditional download's outcome and the validators of the copy now on disk. */
    record Conditional(Outcome outcome, Validators validators) {
    }

    /**
     * Like {@link #download}, but sends the validators of the copy already at {@code target} (when given): a server
     * that finds the file unchanged answers 304 and nothing is downloaded.
     */
    Conditional downloadIfChanged(URI uri, Path target, Completeness.Check check, Validators known) {
        var part = target.resolveSibling(target.getFileName() + ".part");
        var request = new HttpGet(uri);
        if (known.etag() != null) {
            request.addHeader("If-None-Match", known.etag());
        }
        if (known.lastModified() != null) {
            request.addHeader("If-Modified-Since", known.lastModified());
        }
        var validators = new Validators[] {known};
        var found = exchange(request, response -> {
            if (response.getCode() == 304) {
                return Outcome.UNCHANGED;
            }
            validators[0] = new Validators(header(response, "ETag"), header(response, "Last-Modified"));
            return null;
        }, body -> {
            try (var out = toDisk(part)) {
                body.transferTo(out);
            }
            body.close();
            var problem = check.problem(part);
            if (problem.isPresent()) {
                throw new IOException("incomplete download: " + problem.get());
            }
            try {
                Files.move(part, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            }
            catch (IOException ex) {
                throw diskFailure(target, ex);
            }
            return Outcome.DOWNLOADED;
        });
        return new Conditional(found.orElse(Outcome.NOT_FOUND), validators[0]);
    }

    private static @Nullable String header(ClassicHttpResponse response, String name) {
        var header = response.getFirstHeader(name);
        return header == null ? null : header.getValue();
    }

    long requests() {
        return fairAccess.requests();
    }

    long bytesReceived() {
        return fairAccess.bytes();
    }

    private <T> Optional<T> exchange(URI uri, BodyReader<T> reader) {
        return exchange(new HttpGet(uri), response -> null, reader);
    }

    /**
     * @param early answers a response before its status is judged: a non-null result is the exchange's result
     *        (a 304, say); it also sees the headers of a 200 before its body is read
     */
    private <T> Optional<T> exchange(HttpGet request, ResponseCheck<T> early, BodyReader<T> reader) {
        var uri = uriOf(request);
        var exchange = new Exchange<T>(uri, reader);
        var context = HttpClientContext.create();
        context.setAttribute(Exchange.ATTRIBUTE, exchange);
        try {
            return client.execute(request, context, response -> {
                var answered = early.check(response);
                if (answered != null) {
                    return Optional.of(answered);
                }
                int status = response.getCode();
                if (status == 200) {
                    return Optional.ofNullable(exchange.result);
                }
                if (status == 404) {
                    return Optional.empty();
                }
                if (EdgarRetries.retried(status)) {
                    throw new EdgarRequestException(uri + ": gave up after " + exchange.tries + " tries, last: HTTP "
                            + status);
                }
                throw new EdgarRequestException(uri + ": HTTP " + status + FairAccess.hint(status));
            });
        }
        catch (IOException ex) {
            if (Thread.currentThread().isInterrupted()) {
                throw new EdgarRequestException(uri + ": interrupted");
            }
            throw new EdgarRequestException(uri + ": gave up after " + exchange.tries + " tries, last: "
                    + ex.getClass().getSimpleName() + (ex.getMessage() == null ? "" : ": " + ex.getMessage()));
        }
    }

    @Override
    public void close() {
        // a graceful close would wait for downloads in flight (a feed archive takes minutes); a stop should not
        client.close(CloseMode.IMMEDIATE);
    }

    /** One call of {@link #get} or {@link #download}: its URI, what reads its body, what it read, how many tries. */
    static final class Exchange<T> {

        static final String ATTRIBUTE = Exchange.class.getName();

        final URI uri;
        private final BodyReader<T> reader;
        private volatile @Nullable T result;
        private volatile int tries;

        private Exchange(URI uri, BodyReader<T> reader) {
            this.uri = uri;
            this.reader = reader;
        }

        static @Nullable Exchange<?> of(HttpContext context) {
            return context.getAttribute(ATTRIBUTE) instanceof Exchange<?> exchange ? exchange : null;
        }

        void tried() {
            tries++;
        }

        void read(InputStream body) throws IOException {
            result = reader.read(body);
        }
    }

    /** Reads the body of a 200 inside the retry loop, so that its failures are retried; other answers pass through. */
    private static final class BodyInRetry implements ExecChainHandler {

        @Override
        public ClassicHttpResponse execute(ClassicHttpRequest request, ExecChain.Scope scope, ExecChain chain)
                throws IOException, HttpException {
            var response = chain.proceed(request, scope);
            var exchange = Exchange.of(scope.clientContext);
            if (response.getCode() != 200 || exchange == null) {
                return response;
            }
            var entity = response.getEntity();
            var body = entity == null ? InputStream.nullInputStream() : entity.getContent();
            try {
                exchange.read(body);
            }
            catch (IOException | RuntimeException ex) {
                // half a body: the connection cannot be reused, and draining it could wait for another timeout
                scope.execRuntime.discardEndpoint();
                throw ex;
            }
            // gzip stops at its trailer, before the stream's end is seen: closing releases the connection
            body.close();
            response.setEntity(null);
            return response;
        }
    }

    /**
     * A new {@code .part} file to write to, whose failures are the disk's (full, not writable), not the network's:
     * they end the download at once, since asking the SEC for the file again would not help.
     */
    private static OutputStream toDisk(Path part) {
        OutputStream file;
        try {
            Files.createDirectories(part.getParent());
            file = Files.newOutputStream(part);
        }
        catch (IOException ex) {
            throw diskFailure(part, ex);
        }
        return new FilterOutputStream(file) {
            @Override
            public void write(int b) {
                write(new byte[] {(byte) b}, 0, 1);
            }

            @Override
            public void write(byte[] buffer, int offset, int length) {
                try {
                    file.write(buffer, offset, length);
                }
                catch (IOException ex) {
                    throw diskFailure(part, ex);
                }
            }

            @Override
            public void close() {
                try {
                    file.close();
                }
                catch (IOException ex) {
                    throw diskFailure(part, ex);
                }
            }
        };
    }

    private static EdgarRequestException diskFailure(Path file, IOException ex) {
        return new EdgarRequestException("cannot write " + file + ": " + ex + " (a problem of this machine, not tried "
                + "again)");
    }

    @FunctionalInterface
    interface BodyReader<T> {
        T read(InputStream body) throws IOException;
    }

    @FunctionalInterface
    private interface ResponseCheck<T> {
        @Nullable T check(ClassicHttpResponse response);
    }

    private static URI uriOf(HttpGet request) {
        try {
            return request.getUri();
        }
        catch (java.net.URISyntaxException ex) {
            throw new IllegalArgumentException(ex);
        }
    }
}
