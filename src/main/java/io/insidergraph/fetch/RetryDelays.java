package io.insidergraph.fetch;

import java.time.Clock;
import java.time.Duration;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;

/** How long to wait before the next try: the server's {@code Retry-After} when it gave one, else exponential backoff. */
final class RetryDelays {

    private final Duration initial;
    private final Duration max;
    private final Clock clock;

    RetryDelays(Duration initial, Duration max, Clock clock) {
        this.initial = initial;
        this.max = max;
        this.clock = clock;
    }

    /**
     * The wait after failed try number {@code attempt} (1-based): doubled each time, capped, then jittered into
     * its upper half so that threads that failed together do not come back together.
     */
    Duration backoff(int attempt) {
        long cap = max.toMillis();
        long exponential = Math.min(cap, initial.toMillis() << Math.min(attempt - 1, 20));
        long half = exponential / 2;
        return Duration.ofMillis(half + ThreadLocalRandom.current().nextLong(exponential - half + 1));
    }

    /** {@code Retry-After} as delay-seconds or an HTTP-date (RFC 9110 10.2.3); empty when absent or unreadable. */
    Optional<Duration> retryAfter(Optional<String> header) {
        return header.map(String::strip).flatMap(value -> {
            if (value.matches("\\d+")) {
                return Optional.of(Duration.ofSeconds(Long.parseLong(value)));
            }
            try {
                var until = ZonedDateTime.parse(value, DateTimeFormatter.RFC_1123_DATE_TIME).toInstant();
                var wait = Duration.between(clock.instant(), until);
                return Optional.of(wait.isNegative() ? Duration.ZERO : wait);
            }
            catch (DateTimeParseException ex) {
                return Optional.empty();
            }
        });
    }
}
