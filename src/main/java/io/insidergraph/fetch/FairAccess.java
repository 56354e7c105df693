package io.insidergraph.fetch;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InterruptedIOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicReference;
import java.util.concurrent.atomic.LongAdder;

import io.github.resilience4j.ratelimiter.RateLimiter;
import io.github.resilience4j.ratelimiter.RateLimiterConfig;
import io.github.resilience4j.core.exception.AcquirePermissionCancelledException;
import org.apache.hc.client5.http.classic.ExecChain;
import org.apache.hc.client5.http.classic.ExecChainHandler;
import org.apache.hc.core5.http.ClassicHttpRequest;
import org.apache.hc.core5.http.ClassicHttpResponse;
import org.apache.hc.core5.http.HttpException;
import org.apache.hc.core5.http.io.entity.HttpEntityWrapper;

/**
 * The SEC's fair-access rules for every try of every request, from every thread: it waits out any pause the server
 * asked for (a {@code Retry-After} or a 429 told to one thread holds them all, since the SEC counts requests per
 * client, not per thread), then for a permit of one rate limiter shared by all threads; after a 403 it sends nothing
 * more, since more requests would only prolong the block. It also counts requests and bytes received (on the wire,
 * before gzip is decoded) for the progress line. An element of HttpClient's exec chain inside its retry loop.
 */
final class FairAccess implements ExecChainHandler {

    private final RateLimiter limiter;
    private final Clock clock;
    private final AtomicReference<Instant> pausedUntil = new AtomicReference<>(Instant.MIN);
    /** Set by the first 403: the SEC has refused this client. */
    private final AtomicReference<String> refused = new AtomicReference<>();
    private final LongAdder requests = new LongAdder();
    private final LongAdder bytes = new LongAdder();

    FairAccess(int requestsPerSecond, Clock clock) {
        this.limiter = RateLimiter.of("sec-edgar", limiterConfig(requestsPerSecond));
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

    @Override
    public ClassicHttpResponse execute(ClassicHttpRequest request, ExecChain.Scope scope, ExecChain chain)
            throws IOException, HttpException {
        var exchange = EdgarHttp.Exchange.of(scope.clientContext);
        var uri = exchange != null ? exchange.uri.toString() : request.getRequestUri();
        awaitTurn();
        if (refused.get() != null) {
            throw new EdgarRequestException(uri + ": not requested, since " + refused.get());
        }
        requests.increment();
        if (exchange != null) {
            exchange.tried();
        }
        var response = chain.proceed(request, scope);
        if (response.getCode() == 403) {
            refused.compareAndSet(null, uri + " was refused with HTTP 403" + hint(403)
                    + "; the run stops sending requests");
        }
        if (response.getEntity() != null) {
            response.setEntity(new HttpEntityWrapper(response.getEntity()) {
                @Override
                public InputStream getContent() throws IOException {
                    return counted(super.getContent());
                }
            });
        }
        return response;
    }

    /** Holds every thread's next try until {@code delay} from now (or later, if a longer pause is under way). */
    void pauseEveryone(Duration delay) {
        var until = clock.instant().plus(delay);
        pausedUntil.accumulateAndGet(until, (a, b) -> a.isAfter(b) ? a : b);
    }

    long requests() {
        return requests.sum();
    }

    long bytes() {
        return bytes.sum();
    }

    static String hint(int status) {
        return status == 403 ? " (the SEC answers 403 to requests without a proper User-Agent or above its rate limit)"
                : "";
    }

    /** Waits out any pause, then for a permit; again if a pause began while it waited for the permit. */
    private void awaitTurn() throws InterruptedIOException {
        try {
            do {
                var wait = Duration.between(clock.instant(), pausedUntil.get());
                while (wait.isPositive()) {
                    Thread.sleep(wait);
                    wait = Duration.between(clock.instant(), pausedUntil.get());
                }
                RateLimiter.waitForPermission(limiter);
            }
            while (clock.instant().isBefore(pausedUntil.get()));
        }
        catch (InterruptedException | AcquirePermissionCancelledException ex) {
            Thread.currentThread().interrupt();
            throw new InterruptedIOException("interrupted while waiting for its turn");
        }
    }

    private InputStream counted(InputStream in) {
        return new FilterInputStream(in) {
            @Override
            public int read() throws IOException {
                int b = super.read();
                if (b >= 0) {
                    bytes.increment();
                }
                return b;
            }

            @Override
            public int read(byte[] buffer, int offset, int length) throws IOException {
                int n = super.read(buffer, offset, length);
                if (n > 0) {
                    bytes.add(n);
                }
                return n;
            }
        };
    }
}
