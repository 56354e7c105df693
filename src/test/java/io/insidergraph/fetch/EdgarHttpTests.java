package io.insidergraph.fetch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;

import io.insidergraph.support.EdgarReplayServer;
import io.insidergraph.support.EdgarReplayServer.Fault;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The fair-access client against the loopback server: the shared rate limit, retries, Retry-After, dropped bodies. */
class EdgarHttpTests {

    static final String TICKERS = "/files/company_tickers.json";
    static final String FILING = "/Archives/edgar/data/1318605/000095017025003585/0000950170-25-003585.txt";

    @TempDir
    Path out;

    @AutoClose
    final EdgarReplayServer server = EdgarReplayServer.start();

    /**
     * The limiter hands out one permit every 100 ms, shared by all threads. The server stamps arrivals, which can
     * be late by scheduling jitter but never early; so any eleven requests in a row must span about a second, and
     * the 200 ms allowed here is jitter, not slack in the limiter (without it, 30 loopback requests take ~50 ms).
     */
    @Test
    void keepsToTenRequestsASecondAcrossAllThreads() throws Exception {
        try (var http = http(10)) {
            http.get(server.uri().resolve(TICKERS)); // opens the connection, so it is not part of what is measured
            int warmUp = server.hits().size();
            try (var threads = Executors.newVirtualThreadPerTaskExecutor()) {
                var answered = new ArrayList<Future<Long>>();
                for (int thread = 0; thread < 6; thread++) {
                    answered.add(threads.submit(() -> IntStream.range(0, 5)
                            .filter(i -> http.get(server.uri().resolve(TICKERS)).isPresent()).count()));
                }
                for (var thread : answered) {
                    assertThat(thread.get()).as("answers one thread got").isEqualTo(5);
                }
            }
            var arrivals = new ArrayList<Long>();
            server.hits().stream().skip(warmUp).forEach(hit -> arrivals.add(hit.nanos()));
            assertThat(arrivals).hasSize(30);
            arrivals.sort(null);
            assertThat(Duration.ofNanos(arrivals.getLast() - arrivals.getFirst())).isGreaterThan(Duration.ofMillis(2_200));
            for (int i = 0; i + 10 < arrivals.size(); i++) {
                assertThat(Duration.ofNanos(arrivals.get(i + 10) - arrivals.get(i)))
                        .as("eleven requests from the %dth", i).isGreaterThan(Duration.ofMillis(800));
            }
        }
    }

    @Test
    void waitsAsLongAsRetryAfterSaysOnA429AndThenGetsTheFile() {
        server.failNext(FILING, new Fault.Status(429, "1"));
        try (var http = http(100)) {
            var target = out.resolve("a.txt");
            assertThat(http.download(server.uri().resolve(FILING), target, Completeness::submission)).isTrue();
            assertThat(target).hasSameBinaryContentAs(EdgarFetcherTests.fixture("0000950170-25-003585"));
        }
        var tries = server.hits();
        assertThat(tries).hasSize(2);
        assertThat(Duration.ofNanos(tries.get(1).nanos() - tries.get(0).nanos()))
                .isGreaterThanOrEqualTo(Duration.ofSeconds(1));
    }

    @Test
    void aRetryAfterPausesEveryThreadNotOnlyTheOneThatWasTold() throws Exception {
        server.failNext(FILING, new Fault.Status(429, "1"));
        try (var http = http(100)) {
            assertThat(waitOfAnotherThreadAfterTheFirstIsTold(http, Duration.ofMillis(300)))
                    .isGreaterThanOrEqualTo(Duration.ofSeconds(1));
        }
    }

    @Test
    void a429WithoutRetryAfterPausesEveryThreadForTheBackoff() throws Exception {
        server.failNext(FILING, new Fault.Status(429, null));
        // a first backoff of 0.5 to 1 s, long enough to tell a pause from scheduling
        var properties = new EdgarProperties(EdgarFetcherTests.USER_AGENT, server.uri(), server.uri(), null, out, 100,
                4, 4, Duration.ofSeconds(1), Duration.ofSeconds(2), Duration.ofSeconds(2), Duration.ofSeconds(10));
        try (var http = new EdgarHttp(properties, new UserAgent(EdgarFetcherTests.USER_AGENT), Clock.systemUTC())) {
            assertThat(waitOfAnotherThreadAfterTheFirstIsTold(http, Duration.ofMillis(100)))
                    .isGreaterThanOrEqualTo(Duration.ofMillis(500));
        }
    }

    /**
     * One thread asks for the filing (the server has been told to refuse it first); once that answer has reached
     * the client ({@code settle} after it arrived), this thread asks for another file. How long after the first
     * request the second reached the server, with the first thread's retry succeeding.
     */
    private Duration waitOfAnotherThreadAfterTheFirstIsTold(EdgarHttp http, Duration settle) throws Exception {
        try (var threads = Executors.newVirtualThreadPerTaskExecutor()) {
            var first = threads.submit(() -> http.get(server.uri().resolve(FILING)));
            while (server.hits().isEmpty()) {
                Thread.sleep(5);
            }
            Thread.sleep(settle);
            http.get(server.uri().resolve(TICKERS));
            assertThat(first.get()).isPresent();
        }
        var told = server.hits().getFirst();
        var other = server.hits().stream().filter(hit -> hit.path().equals(TICKERS)).findFirst().orElseThrow();
        return Duration.ofNanos(other.nanos() - told.nanos());
    }

    /** A 403 is not retried, says what the SEC means by it, and ends the run's requests: more would prolong a block. */
    @Test
    void aForbiddenRequestIsNotRetriedAndNoFurtherRequestIsSent() {
        server.failNext(FILING, new Fault.Status(403, null));
        try (var http = http(100)) {
            assertThatExceptionOfType(EdgarRequestException.class)
                    .isThrownBy(() -> http.get(server.uri().resolve(FILING)))
                    .withMessageContaining("HTTP 403 (the SEC answers 403 to requests without a proper User-Agent");
            assertThatExceptionOfType(EdgarRequestException.class)
                    .isThrownBy(() -> http.get(server.uri().resolve(TICKERS)))
                    .withMessage(server.uri().resolve(TICKERS) + ": not requested, since " + server.uri().resolve(FILING)
                            + " was refused with HTTP 403 (the SEC answers 403 to requests without a proper "
                            + "User-Agent or above its rate limit); the run stops sending requests");
        }
        assertThat(server.count(FILING)).isOne();
        assertThat(server.paths()).containsExactly(FILING);
    }

    @Test
    void aFileThatCannotBeWrittenFailsAtOnceWithoutAskingTheServerAgain() throws Exception {
        var notAFolder = Files.writeString(out.resolve("taken"), "a file where the download's folder would go");
        try (var http = http(100)) {
            assertThatExceptionOfType(EdgarRequestException.class)
                    .isThrownBy(() -> http.download(server.uri().resolve(FILING), notAFolder.resolve("a.txt"),
                            Completeness::submission))
                    .withMessageStartingWith("cannot write " + notAFolder.resolve("a.txt.part"))
                    .withMessageEndingWith("(a problem of this machine, not tried again)");
        }
        assertThat(server.count(FILING)).isOne();
    }

    @Test
    void retriesWhenTheConnectionDropsHalfwayThroughTheBody() {
        server.failNext(FILING, new Fault.Drop());
        try (var http = http(100)) {
            var target = out.resolve("a.txt");
            assertThat(http.download(server.uri().resolve(FILING), target, Completeness::submission)).isTrue();
            assertThat(target).hasSameBinaryContentAs(EdgarFetcherTests.fixture("0000950170-25-003585"));
            assertThat(out.resolve("a.txt.part")).doesNotExist();
        }
        assertThat(server.count(FILING)).isEqualTo(2);
    }

    @Test
    void retriesARequestThatTimesOut() {
        server.failNext(FILING, new Fault.Stall(Duration.ofSeconds(2)));
        try (var http = impatientHttp()) {
            assertThat(http.get(server.uri().resolve(FILING))).isPresent();
        }
        assertThat(server.count(FILING)).isEqualTo(2);
    }

    @Test
    void retriesADownloadWhoseBodyStopsArrivingMidway() {
        server.failNext(FILING, new Fault.StallBody(Duration.ofSeconds(5)));
        long started = System.nanoTime();
        try (var http = impatientHttp()) {
            var target = out.resolve("a.txt");
            assertThat(http.download(server.uri().resolve(FILING), target, Completeness::submission)).isTrue();
            assertThat(target).hasSameBinaryContentAs(EdgarFetcherTests.fixture("0000950170-25-003585"));
        }
        assertThat(server.count(FILING)).isEqualTo(2);
        assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(4));
    }

    @Test
    void retriesServerErrorsAndGivesUpAfterTheLastTryNamingTheUrlAndTheReason() {
        server.failNext(FILING, new Fault.Status(503, null), new Fault.Status(503, null), new Fault.Status(503, null),
                new Fault.Status(503, null));
        try (var http = http(100)) {
            assertThatExceptionOfType(EdgarRequestException.class)
                    .isThrownBy(() -> http.download(server.uri().resolve(FILING), out.resolve("a.txt"),
                            Completeness::submission))
                    .withMessageContaining(FILING).withMessageContaining("gave up after 4 tries, last: HTTP 503");
        }
        assertThat(server.count(FILING)).isEqualTo(4);
        assertThat(out.resolve("a.txt")).doesNotExist();
    }

    @Test
    void aMissingFileIsEmptyNotAnError() {
        try (var http = http(100)) {
            assertThat(http.get(server.uri().resolve("/Archives/edgar/daily-index/2025/QTR1/form.20250308.idx")))
                    .isEmpty();
        }
    }

    @Test
    void keepsNoFileThatDoesNotEndLikeACompleteSubmission() throws Exception {
        var truncated = Files.readString(EdgarFetcherTests.fixture("0000950170-25-003585"));
        server.serve("/short.txt", truncated.substring(0, truncated.length() / 2).getBytes());
        try (var http = http(100)) {
            assertThatExceptionOfType(EdgarRequestException.class)
                    .isThrownBy(() -> http.download(server.uri().resolve("/short.txt"), out.resolve("short.txt"),
                            Completeness::submission))
                    .withMessageContaining("incomplete download");
        }
        assertThat(out.resolve("short.txt")).doesNotExist();
    }

    /** A client that gives up on a request after 500 ms and retries quickly. */
    EdgarHttp impatientHttp() {
        var impatient = new EdgarProperties(EdgarFetcherTests.USER_AGENT, server.uri(), server.uri(), null, out, 100,
                4, 4, Duration.ofMillis(20), Duration.ofMillis(200), Duration.ofSeconds(2), Duration.ofMillis(500));
        return new EdgarHttp(impatient, new UserAgent(EdgarFetcherTests.USER_AGENT), Clock.systemUTC());
    }

    EdgarHttp http(int requestsPerSecond) {
        return new EdgarHttp(server.properties(EdgarFetcherTests.USER_AGENT, out, requestsPerSecond),
                new UserAgent(EdgarFetcherTests.USER_AGENT), Clock.systemUTC());
    }
}
