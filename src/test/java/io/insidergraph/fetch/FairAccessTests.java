package io.insidergraph.fetch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Optional;

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

    @Test
    void retryAfterIsReadAsSecondsOrAsAnHttpDate() {
        var now = Instant.parse("2025-03-07T15:00:00Z");
        var delays = new RetryDelays(Duration.ofSeconds(1), Duration.ofSeconds(60), Clock.fixed(now, ZoneOffset.UTC));

        assertThat(delays.retryAfter(Optional.of("120"))).contains(Duration.ofSeconds(120));
        assertThat(delays.retryAfter(Optional.of("Fri, 07 Mar 2025 15:00:30 GMT"))).contains(Duration.ofSeconds(30));
        assertThat(delays.retryAfter(Optional.of("Fri, 07 Mar 2025 14:00:00 GMT"))).contains(Duration.ZERO);
        assertThat(delays.retryAfter(Optional.of("soon"))).isEmpty();
        assertThat(delays.retryAfter(Optional.empty())).isEmpty();
    }

    @Test
    void backoffDoublesWithJitterUpToItsCap() {
        var delays = new RetryDelays(Duration.ofSeconds(1), Duration.ofSeconds(10), Clock.systemUTC());
        for (int i = 0; i < 50; i++) {
            assertThat(delays.backoff(1)).isBetween(Duration.ofMillis(500), Duration.ofSeconds(1));
            assertThat(delays.backoff(3)).isBetween(Duration.ofSeconds(2), Duration.ofSeconds(4));
            assertThat(delays.backoff(30)).isBetween(Duration.ofSeconds(5), Duration.ofSeconds(10));
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
