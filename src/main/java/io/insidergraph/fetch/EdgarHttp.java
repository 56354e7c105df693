package io.insidergraph.fetch;

import java.io.FilterInputStream;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import java.util.concurrent.atomic.LongAdder;
import java.util.zip.GZIPInputStream;

import io.github.resilience4j.ratelimiter.RateLimiter;
import io.github.resilience4j.ratelimiter.RateLimiterConfig;

/**
 * Every request to EDGAR goes through here, from every thread: the declared User-Agent, one rate limiter shared
 * by all threads, gzip, and retries with backoff on 429, 5xx, timeouts and dropped connections. A
 * {@code Retry-After} from the server pauses all threads, not only the one that was told, since the SEC counts
 * requests per client.
 */
final class EdgarHttp implements AutoCloseable {

    private final HttpClient client;
    private final RateLimiter limiter;
    private final RetryDelays delays;
    private final UserAgent userAgent;
    private final Duration requestTimeout;
    private final int maxAttempts;
    private final Clock clock;
    private final AtomicReference<Instant> pausedUntil = new AtomicReference<>(Instant.MIN);
    /** Set by the first 403: the SEC has refused this client, and more requests would only prolong the block. */
    private final AtomicReference<String> refused = new AtomicReference<>();
    private final LongAdder requests = new LongAdder();
    private final LongAdder bytes = new LongAdder();

    EdgarHttp(EdgarProperties properties, UserAgent userAgent, Clock clock) {
        this.client = HttpClient.newBuilder()
                .connectTimeout(properties.connectTimeout())
                .followRedirects(HttpClient.Redirect.NORMAL)
                .build();
        this.limiter = RateLimiter.of("sec-edgar", limiterConfig(properties.maxRequestsPerSecond()));
        this.delays = new RetryDelays(properties.initialBackoff(), properties.maxBackoff(), clock);
        this.userAgent = userAgent;
        this.requestTimeout = properties.requestTimeout();
        this.maxAttempts = properties.maxAttempts();
        this.clock = clock;
    }

    /**
     * One permit every 1/n second rather than n permits each second: a fixed one-second window lets a burst at the
     * end of one window run into the burst at the start of the next, 2n requests within a second.
     */
    private static RateLimiterConfig limiterConfig(int perSecond) {
        return RateLimiterConfig.custom()
                .limitForPeriod(1)
                .limitRefreshPeriod(Duration.ofNanos(1_000_000_000L / perSecond))
                .timeoutDuration(Duration.ofMinutes(10))
                .build();
    }

    /** The whole body, decoded; empty when the server has no such file (404). */
    Optional<byte[]> get(URI uri) {
        return exchange(uri, InputStream::readAllBytes);
    }

    /**
     * Streams the body to {@code target}'s {@code .part} file, checks it, and only then moves it to {@code target},
     * so that {@code target} exists only when complete. False when the server has no such file (404).
     */
    boolean download(URI uri, Path target, Completeness.Check check) {
        var part = target.resolveSibling(target.getFileName() + ".part");
        var found = exchange(uri, body -> {
            try (var out = toDisk(part)) {
                body.transferTo(out);
            }
            body.close(); // the body is in: the stall guard stops watching before the (long, for archives) check
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

    long requests() {
        return requests.sum();
    }

    long bytesReceived() {
        return bytes.sum();
    }

    private <T> Optional<T> exchange(URI uri, BodyReader<T> reader) {
        String lastProblem = "";
        for (int attempt = 1; ; attempt++) {
            Optional<Duration> serverDelay = Optional.empty();
            boolean throttled = false;
            try {
                awaitTurn();
                if (refused.get() != null) {
                    throw new EdgarRequestException(uri + ": not requested, since " + refused.get());
                }
                requests.increment();
                var response = client.send(request(uri), BodyHandlers.ofInputStream());
                int status = response.statusCode();
                var guard = new StallGuard(requestTimeout);
                try (guard; var body = response.body()) {
                    if (status == 200) {
                        return Optional.of(reader.read(decoded(response, body, guard)));
                    }
                    if (status == 404) {
                        return Optional.empty();
                    }
                    if (status == 403) {
                        refused.compareAndSet(null, uri + " was refused with HTTP 403" + hint(status)
                                + "; the run stops sending requests");
                    }
                    if (!retryable(status)) {
                        throw new EdgarRequestException(uri + ": HTTP " + status + hint(status));
                    }
                    lastProblem = "HTTP " + status;
                    serverDelay = delays.retryAfter(response.headers().firstValue("Retry-After"));
                    throttled = status == 429;
                }
            }
            catch (StalledException ex) {
                lastProblem = "no data for " + requestTimeout.toMillis() + " ms in the middle of the body";
            }
            catch (IOException ex) {
                lastProblem = ex.getClass().getSimpleName() + (ex.getMessage() == null ? "" : ": " + ex.getMessage());
            }
            catch (InterruptedException ex) {
                Thread.currentThread().interrupt();
                throw new EdgarRequestException(uri + ": interrupted");
            }
            if (attempt >= maxAttempts) {
                throw new EdgarRequestException(uri + ": gave up after " + attempt + " tries, last: " + lastProblem);
            }
            var delay = serverDelay.isPresent() ? serverDelay.get() : delays.backoff(attempt);
            // the server spoke to the client, not to this thread: Retry-After, or any 429, holds every thread
            if (serverDelay.isPresent() || throttled) {
                pausedUntil.accumulateAndGet(clock.instant().plus(delay), (a, b) -> a.isAfter(b) ? a : b);
            }
            sleep(delay);
        }
    }

    private HttpRequest request(URI uri) {
        return HttpRequest.newBuilder(uri)
                .timeout(requestTimeout)
                .header("User-Agent", userAgent.value())
                .header("Accept-Encoding", "gzip")
                .GET()
                .build();
    }

    private InputStream decoded(HttpResponse<InputStream> response, InputStream body, StallGuard guard)
            throws IOException {
        var counted = new FilterInputStream(body) {
            @Override
            public int read() throws IOException {
                int b = guarded(() -> super.read());
                if (b >= 0) {
                    bytes.increment();
                }
                return b;
            }

            @Override
            public int read(byte[] buffer, int offset, int length) throws IOException {
                int n = guarded(() -> super.read(buffer, offset, length));
                if (n > 0) {
                    bytes.add(n);
                }
                return n;
            }

            @Override
            public void close() throws IOException {
                guard.close();
                super.close();
            }

            private int guarded(IoRead read) throws IOException {
                try {
                    int result = read.read();
                    guard.activity();
                    return result;
                }
                catch (IOException ex) {
                    throw guard.fired() ? new StalledException(ex) : ex;
                }
            }
        };
        boolean gzip = response.headers().firstValue("Content-Encoding").filter("gzip"::equalsIgnoreCase).isPresent();
        return gzip ? new GZIPInputStream(counted, 64 * 1024) : counted;
    }

    private interface IoRead {
        int read() throws IOException;
    }

    /** A read ended by the {@link StallGuard}: the body stopped arriving. */
    private static final class StalledException extends IOException {
        StalledException(IOException cause) {
            super(cause);
        }
    }

    private static boolean retryable(int status) {
        return status == 429 || status == 408 || status >= 500;
    }

    private static String hint(int status) {
        return status == 403 ? " (the SEC answers 403 to requests without a proper User-Agent or above its rate limit)"
                : "";
    }

    /** Waits out any pause, then for a permit; again if a pause began while it waited for the permit. */
    private void awaitTurn() throws InterruptedException {
        do {
            awaitPause();
            RateLimiter.waitForPermission(limiter);
        }
        while (clock.instant().isBefore(pausedUntil.get()));
    }

    private void awaitPause() throws InterruptedException {
        var wait = Duration.between(clock.instant(), pausedUntil.get());
        while (wait.isPositive()) {
            Thread.sleep(wait);
            wait = Duration.between(clock.instant(), pausedUntil.get());
        }
    }

    private static void sleep(Duration delay) {
        try {
            Thread.sleep(delay);
        }
        catch (InterruptedException ex) {
            Thread.currentThread().interrupt();
            throw new EdgarRequestException("interrupted while waiting to retry");
        }
    }

    @Override
    public void close() {
        // close() would wait for downloads in flight (a feed archive takes minutes); a stop should not
        client.shutdownNow();
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
    private interface BodyReader<T> {
        T read(InputStream body) throws IOException;
    }
}
