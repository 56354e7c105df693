package io.insidergraph.fetch;

import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import java.util.stream.IntStream;

import org.apache.hc.client5.http.impl.DefaultHttpRequestRetryStrategy;
import org.apache.hc.core5.http.HttpHeaders;
import org.apache.hc.core5.http.HttpRequest;
import org.apache.hc.core5.http.HttpResponse;
import org.apache.hc.core5.http.protocol.HttpContext;
import org.apache.hc.core5.util.TimeValue;

/**
 * When to try a request again and after how long: on 408, 429 and 5xx, and on any I/O failure (a refused or dropped
 * connection, a timeout, a body that broke off or failed its check), up to {@code maxAttempts} tries in all, unless
 * the run is being stopped. The wait is the server's {@code Retry-After} when it gave one (HttpClient reads it, as
 * seconds or an HTTP date), else an exponential backoff with jitter, which HttpClient's classic client does not have.
 * A {@code Retry-After}, or any 429, pauses every thread for that wait, not only the one that was told.
 */
final class EdgarRetries extends DefaultHttpRequestRetryStrategy {

    private static final List<Integer> RETRIED = IntStream.concat(IntStream.of(408, 429), IntStream.range(500, 600))
            .boxed().toList();

    private final long initialMillis;
    private final long maxMillis;
    private final FairAccess fairAccess;

    EdgarRetries(int maxAttempts, Duration initialBackoff, Duration maxBackoff, FairAccess fairAccess) {
        // no default interval: the superclass then answers zero unless the server sent a usable Retry-After
        super(maxAttempts - 1, TimeValue.ZERO_MILLISECONDS, List.of(), RETRIED);
        this.initialMillis = initialBackoff.toMillis();
        this.maxMillis = maxBackoff.toMillis();
        this.fairAccess = fairAccess;
    }

    static boolean retried(int status) {
        return RETRIED.contains(status);
    }

    @Override
    public boolean retryRequest(HttpRequest request, IOException exception, int execCount, HttpContext context) {
        return !Thread.currentThread().isInterrupted() && super.retryRequest(request, exception, execCount, context);
    }

    @Override
    public TimeValue getRetryInterval(HttpRequest request, IOException exception, int execCount, HttpContext context) {
        return TimeValue.of(backoff(execCount));
    }

    @Override
    public TimeValue getRetryInterval(HttpResponse response, int execCount, HttpContext context) {
        var asked = super.getRetryInterval(response, execCount, context);
        var delay = TimeValue.isPositive(asked) ? asked.toDuration() : backoff(execCount);
        if (response.containsHeader(HttpHeaders.RETRY_AFTER) || response.getCode() == 429) {
            fairAccess.pauseEveryone(delay);
        }
        return TimeValue.of(delay);
    }

    /**
     * The wait after failed try number {@code attempt} (1-based): doubled each time, capped, then jittered into
     * its upper half so that threads that failed together do not come back together.
     */
    Duration backoff(int attempt) {
        long exponential = Math.min(maxMillis, initialMillis << Math.min(attempt - 1, 20));
        long half = exponential / 2;
        return Duration.ofMillis(half + ThreadLocalRandom.current().nextLong(exponential - half + 1));
    }
}
