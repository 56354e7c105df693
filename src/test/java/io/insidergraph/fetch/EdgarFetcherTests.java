package io.insidergraph.fetch;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.List;

import org.jspecify.annotations.Nullable;
import io.insidergraph.support.EdgarReplayServer;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Selection and download against a loopback server replaying recorded EDGAR responses (fixtures: SOURCES.md). The
 * clock stands in mid-June 2025, so that the first quarter of 2025 is over.
 */
class EdgarFetcherTests {

    static final String USER_AGENT = "Jane Doe jane@example.org";
    static final Clock JUNE_2025 = Clock.fixed(ZonedDateTime.of(2025, 6, 16, 10, 0, 0, 0,
            FetchConfiguration.EDGAR_ZONE).toInstant(), FetchConfiguration.EDGAR_ZONE);

    static final String TESLA_2022 = "0000899243-22-035394";
    static final String TESLA_2023 = "0001790565-23-000009";
    static final String TESLA_2025 = "0000950170-25-003585";
    static final String SUBMISSIONS = "/submissions/CIK0001318605.json";
    static final String OLDER_PAGE = "/submissions/CIK0001318605-submissions-001.json";

    @TempDir
    Path out;

    @AutoClose
    final EdgarReplayServer server = EdgarReplayServer.start();

    @Test
    void fetchesEveryInsiderFilingOfACompanyByCikIncludingItsOlderFilesPage() throws IOException {
        var summary = fetch(new FetchRequest(List.of(1318605L), List.of(), null, Forms.OWNERSHIP, false, out));

        assertThat(summary.selected()).isEqualTo(3);
        assertThat(summary.downloaded()).isEqualTo(3);
        assertThat(summary.failures()).isEmpty();
        for (var accession : List.of(TESLA_2022, TESLA_2023, TESLA_2025)) {
            var file = out.resolve("1318605").resolve(accession).resolve(accession + ".txt");
            assertThat(file).hasSameBinaryContentAs(fixture(accession));
            assertThat(summary.files()).contains(file);
        }
        assertThat(server.paths()).contains(SUBMISSIONS, OLDER_PAGE,
                "/Archives/edgar/data/1318605/000089924322035394/0000899243-22-035394.txt");
        // the 10-Q and 8-K rows are filtered out, never asked for
        assertThat(server.paths()).noneMatch(path -> path.contains("0009999999"));
        assertThat(server.hits()).allSatisfy(hit -> {
            assertThat(hit.userAgent()).isEqualTo(USER_AGENT);
            assertThat(hit.acceptEncoding()).isEqualTo("gzip");
        });
        try (var files = Files.walk(out)) {
            assertThat(files.filter(path -> path.toString().endsWith(".part"))).isEmpty();
        }
    }

    @Test
    void aDateRangeNarrowsACiksFilingsAndSkipsOlderPagesOutsideIt() {
        var range = new DateRange(LocalDate.of(2023, 1, 1), LocalDate.of(2025, 12, 31));
        var summary = fetch(new FetchRequest(List.of(1318605L), List.of(), range, Forms.OWNERSHIP, false, out));

        assertThat(summary.files()).extracting(path -> path.getFileName().toString())
                .containsExactlyInAnyOrder(TESLA_2023 + ".txt", TESLA_2025 + ".txt");
        assertThat(server.count(OLDER_PAGE)).as("the 2022 page cannot hold 2023 filings").isZero();
    }

    @Test
    void findsACompanyByTickerAndReportsAnUnknownTickerWithoutStopping() {
        var summary = fetch(new FetchRequest(List.of(), List.of("tsla", "NOPE"), null, Forms.parse("4"), false, out));

        assertThat(summary.downloaded()).isEqualTo(3);
        assertThat(summary.failures()).singleElement().satisfies(failure -> {
            assertThat(failure.what()).isEqualTo("ticker NOPE");
            assertThat(failure.reason()).contains("no company with ticker 'NOPE'");
        });
        assertThat(server.count("/files/company_tickers.json")).isOne();
    }

    @Test
    void selectsADayAcrossAllFilersFromTheDailyIndexOncePerAccession() {
        var day = LocalDate.of(2025, 3, 7);
        var summary = fetch(new FetchRequest(List.of(), List.of(), new DateRange(day, day), Forms.OWNERSHIP, false,
                out));

        // each Form 4 is listed once per party; it is fetched once, from the first party's folder
        assertThat(summary.selected()).isEqualTo(2);
        assertThat(summary.files()).containsExactlyInAnyOrder(
                out.resolve("1835856/0001493152-25-009612/0001493152-25-009612.txt"),
                out.resolve("1409324/0001327811-25-000050/0001327811-25-000050.txt"));
        assertThat(server.paths()).containsOnlyOnce("/Archives/edgar/daily-index/2025/QTR1/form.20250307.idx")
                .noneMatch(path -> path.contains("full-index") || path.contains("999999"));
    }

    @Test
    void takesAWholePastQuarterFromTheQuarterlyIndexAndKeepsOnlyTheFormsAskedFor() {
        var quarter = new DateRange(LocalDate.of(2025, 1, 1), LocalDate.of(2025, 3, 31));
        var amendments = fetch(new FetchRequest(List.of(), List.of(), quarter, Forms.parse("4/A"), false, out));

        assertThat(amendments.files()).containsExactly(
                out.resolve("1779037/0000707549-25-000004/0000707549-25-000004.txt"));
        assertThat(server.paths()).filteredOn(path -> path.contains("-index/"))
                .containsExactly("/Archives/edgar/full-index/2025/QTR1/form.idx");

        var all = fetch(new FetchRequest(List.of(), List.of(), quarter, Forms.OWNERSHIP, false, out));
        assertThat(all.selected()).isEqualTo(6);
        assertThat(all.downloaded()).isEqualTo(5);
        assertThat(all.present()).isOne();
        assertThat(server.count("/Archives/edgar/full-index/2025/QTR1/form.idx"))
                .as("a past quarter's index is kept and read from disk").isOne();
        assertThat(out.resolve(".edgar/full-index/2025/QTR1/form.idx")).exists();
    }

    @Test
    void asksForNoIndexOnWeekendsAndTakesAMissingDayAsADayWithoutFilings() {
        var range = new DateRange(LocalDate.of(2025, 3, 6), LocalDate.of(2025, 3, 10));
        var summary = fetch(new FetchRequest(List.of(), List.of(), range, Forms.OWNERSHIP, false, out));

        assertThat(summary.downloaded()).isEqualTo(2);
        assertThat(summary.failures()).isEmpty();
        assertThat(server.paths()).filteredOn(path -> path.contains("daily-index")).containsExactly(
                "/Archives/edgar/daily-index/2025/QTR1/form.20250306.idx",
                "/Archives/edgar/daily-index/2025/QTR1/form.20250307.idx",
                "/Archives/edgar/daily-index/2025/QTR1/form.20250310.idx");
    }

    @Test
    void aPastQuartersMissingIndexAndARangeWithoutAnyDailyIndexAreFailuresNotEmptyDays() {
        var quarter = new DateRange(LocalDate.of(2024, 4, 1), LocalDate.of(2024, 6, 30));
        var days = new DateRange(LocalDate.of(2024, 7, 8), LocalDate.of(2024, 7, 10));

        var summary = fetch(new FetchRequest(List.of(), List.of(), quarter, Forms.OWNERSHIP, false, out));
        var daily = fetch(new FetchRequest(List.of(), List.of(), days, Forms.OWNERSHIP, false, out));

        assertThat(summary.failures()).singleElement().satisfies(failure -> {
            assertThat(failure.what()).isEqualTo("/Archives/edgar/full-index/2024/QTR2/form.idx");
            assertThat(failure.reason()).startsWith("not found (HTTP 404), though every past quarter has an index");
        });
        assertThat(daily.failures()).singleElement().satisfies(failure -> {
            assertThat(failure.what()).isEqualTo("daily indexes 2024-07-08 to 2024-07-10");
            assertThat(failure.reason()).startsWith("none of the 3 past weekdays has a daily index (HTTP 404)");
        });
    }

    @Test
    void refusesToStartWithoutAUserAgentThatNamesSomeoneAndGivesAnEmail() {
        for (var missing : new String[] {null, " ", "insidergraph", "jane@example.org"}) {
            org.assertj.core.api.Assertions.assertThatExceptionOfType(UserAgent.MissingUserAgentException.class)
                    .isThrownBy(() -> new EdgarFetcher(server.properties(missing, out, 10), JUNE_2025))
                    .withMessageContaining("SEC EDGAR requires a User-Agent that names you and gives a contact "
                            + "email, e.g. 'Jane Doe jane@example.org'");
        }
        assertThat(server.hits()).isEmpty();
    }

    FetchSummary fetch(FetchRequest request) {
        return fetch(request, USER_AGENT);
    }

    FetchSummary fetch(FetchRequest request, @Nullable String userAgent) {
        try (var fetcher = new EdgarFetcher(server.properties(userAgent, out, 100), JUNE_2025)) {
            return fetcher.fetch(request);
        }
    }

    static Path fixture(String accession) {
        try {
            return Path.of(EdgarFetcherTests.class.getResource("/fetch/filings/" + accession + ".txt").toURI());
        }
        catch (java.net.URISyntaxException ex) {
            throw new IllegalStateException(ex);
        }
    }
}
