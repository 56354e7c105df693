package io.insidergraph.fetch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

import org.apache.hc.client5.http.protocol.HttpClientContext;
import org.apache.hc.client5.http.utils.DateUtils;
import org.apache.hc.core5.http.message.BasicHttpResponse;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The User-Agent rule, the retry delays, and what counts as a complete file. */
class FairAccessTests {

    @TempDir
    Path dir;

    @Test
    void aUserAgentMustNameSomeoneAndGiveAnEmail() {
        assertThat(UserAgent.of("  Jane Doe jane@example.org ").value()).isEqualTo("Jane Doe jane@example.org");
        assertThat(UserAgent.of("Acme Research Lab admin@acme-research.co.uk").value()).startsWith("Acme");
        assertThatExceptionOfType(UserAgent.MissingUserAgentException.class).isThrownBy(() -> UserAgent.of(null))
                .withMessageStartingWith("No User-Agent is configured.");
        assertThatExceptionOfType(UserAgent.MissingUserAgentException.class)
                .isThrownBy(() -> UserAgent.of("Jane Doe")).withMessageContaining("has no contact email");
        assertThatExceptionOfType(UserAgent.MissingUserAgentException.class)
                .isThrownBy(() -> UserAgent.of("jane@example.org")).withMessageContaining("does not name you");
    }

    /** HttpClient reads Retry-After; where it gives none that is usable, the wait is the backoff. */
    @Test
    void retryAfterIsReadAsSecondsOrAsAnHttpDateElseTheBackoffApplies() {
        var retries = new EdgarRetries(5, Duration.ofSeconds(1), Duration.ofSeconds(60),
                new FairAccess(10, Clock.systemUTC()));

        assertThat(waitAfter(retries, "120")).isEqualTo(Duration.ofSeconds(120));
        assertThat(waitAfter(retries, DateUtils.formatStandardDate(Instant.now().plusSeconds(30))))
                .isBetween(Duration.ofSeconds(28), Duration.ofSeconds(30));
        assertThat(waitAfter(retries, DateUtils.formatStandardDate(Instant.now().minusSeconds(3_600))))
                .as("a date gone by").isBetween(Duration.ofMillis(500), Duration.ofSeconds(1));
        assertThat(waitAfter(retries, "soon")).isBetween(Duration.ofMillis(500), Duration.ofSeconds(1));
        assertThat(waitAfter(retries, null)).isBetween(Duration.ofMillis(500), Duration.ofSeconds(1));
    }

    private static Duration waitAfter(EdgarRetries retries, @Nullable String retryAfter) {
        var response = new BasicHttpResponse(503);
        if (retryAfter != null) {
            response.setHeader("Retry-After", retryAfter);
        }
        assertThat(retries.retryRequest(response, 1, HttpClientContext.create())).isTrue();
        return retries.getRetryInterval(response, 1, HttpClientContext.create()).toDuration();
    }

    @Test
    void retriesOn408And429And5xxUpToTheLastAttemptButNotOnOtherStatuses() {
        var retries = new EdgarRetries(3, Duration.ofSeconds(1), Duration.ofSeconds(60),
                new FairAccess(10, Clock.systemUTC()));
        for (int status : new int[] {408, 429, 500, 503, 599}) {
            assertThat(retries.retryRequest(new BasicHttpResponse(status), 2, null)).as("%d", status).isTrue();
            assertThat(retries.retryRequest(new BasicHttpResponse(status), 3, null)).as("%d, third try", status)
                    .isFalse();
        }
        for (int status : new int[] {200, 301, 400, 403, 404}) {
            assertThat(retries.retryRequest(new BasicHttpResponse(status), 1, null)).as("%d", status).isFalse();
        }
    }

    @Test
    void backoffDoublesWithJitterUpToItsCap() {
        var retries = new EdgarRetries(5, Duration.ofSeconds(1), Duration.ofSeconds(10),
                new FairAccess(10, Clock.systemUTC()));
        for (int i = 0; i < 50; i++) {
            assertThat(retries.backoff(1)).isBetween(Duration.ofMillis(500), Duration.ofSeconds(1));
            assertThat(retries.backoff(3)).isBetween(Duration.ofSeconds(2), Duration.ofSeconds(4));
            assertThat(retries.backoff(30)).isBetween(Duration.ofSeconds(5), Duration.ofSeconds(10));
        }
    }

    @Test
    void aSubmissionIsCompleteWhenItEndsLikeOne() throws Exception {
        var whole = Files.readString(EdgarFetcherTests.fixture("0000950170-25-003585"));
        var file = dir.resolve("a.txt");

        Files.writeString(file, whole);
        assertThat(Completeness.submission(file)).isEmpty();
        Files.writeString(file, whole.substring(0, whole.length() - 40));
        assertThat(Completeness.submission(file)).hasValueSatisfying(reason -> assertThat(reason).contains(
                "</SEC-DOCUMENT>"));
        Files.writeString(file, "");
        assertThat(Completeness.submission(file)).contains("empty file");
        Files.writeString(file, "<SEC-DOCUMENT>...</SEC-DOCUMENT>\n-----END PRIVACY-ENHANCED MESSAGE-----\n");
        assertThat(Completeness.submission(file)).as("an old PEM-wrapped submission").isEmpty();
    }

    @Test
    void aFeedArchiveIsCompleteOnlyWhenItDecodesToTheEnd() throws Exception {
        var archive = DailyFeedTests.feedArchive();
        var file = dir.resolve("feed.nc.tar.gz");

        Files.write(file, archive);
        assertThat(Completeness.feedArchive(file)).isEmpty();
        Files.write(file, java.util.Arrays.copyOf(archive, archive.length / 2));
        assertThat(Completeness.feedArchive(file)).hasValueSatisfying(reason -> assertThat(reason)
                .startsWith("archive does not decode to its end"));
    }
}
