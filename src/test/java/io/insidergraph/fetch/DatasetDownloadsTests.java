package io.insidergraph.fetch;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import io.insidergraph.support.EdgarReplayServer;
import io.insidergraph.support.EdgarReplayServer.Fault;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code fetch --datasets} against the loopback EDGAR server: each quarter's zip found from the SEC's index page
 * (whose links point to three different paths, as the real page's do), zips the test builds, validators on re-runs,
 * and cut-off or corrupt zips detected and fetched again.
 */
class DatasetDownloadsTests {

    /** 2 December 2026: 2026 Q3 is over (and, on this page, not published yet); 2026 Q4 is under way. */
    static final Clock DECEMBER_2026 = Clock.fixed(Instant.parse("2026-12-02T15:00:00Z"), ZoneOffset.UTC);

    static final String PAGE = "/data-research/sec-markets-data/insider-transactions-data-sets";
    static final String OLD = "/files/structureddata/data/insider-transactions-data-sets/2024q3_form345.zip";
    static final String DERA = "/files/dera/data/insider-transactions-data-sets/2024q4_form345.zip";
    static final String NEW = "/files/datastandardsinnovation/data/insider-transactions-data-sets/2026q2_form345.zip";
    static final String ABSOLUTE = "/files/structureddata/data/insider-transactions-data-sets/2026q1_form345.zip";

    @TempDir
    Path out;

    @AutoClose
    final EdgarReplayServer server = EdgarReplayServer.start();

    @BeforeEach
    void theSecPublishes() throws IOException {
        // the shape of the real page: a table row per quarter, newest first, links relative to sec.gov or absolute
        server.serve(PAGE, ("""
                <html><body><h1>Insider Transactions Data Sets</h1><table>
                <tr><td><a href="%s" download>2026 Q2 345</a></td><td>3.1 MB</td></tr>
                <tr><td><a href="https://www.sec.gov%s" download>2026 Q1 345</a></td></tr>
                <tr><td><a href='%s'>2024 Q4</a></td></tr>
                <tr><td><a href="%s">2024 Q3</a></td></tr>
                <tr><td><a href="/files/form345_readme.htm">readme</a></td></tr>
                </table></body></html>""").formatted(NEW, ABSOLUTE, DERA, OLD).getBytes(StandardCharsets.UTF_8));
        server.serve(OLD, zip("2024q3"));
        server.serve(DERA, zip("2024q4"));
        server.serve(ABSOLUTE, zip("2026q1"));
        server.serve(NEW, zip("2026q2"));
    }

    @Test
    void eachQuarterIsFetchedFromWhereTheIndexPageLinksIt() throws Exception {
        var summary = fetch(new DatasetSelection(Quarter.parse("2024q3"), Quarter.parse("2024q4"), false));

        assertThat(summary.failures()).isEmpty();
        assertThat(summary.downloaded()).isEqualTo(2);
        assertThat(summary.files()).containsExactly(out.resolve("datasets/2024q3_form345.zip"),
                out.resolve("datasets/2024q4_form345.zip"));
        assertThat(Files.readAllBytes(out.resolve("datasets/2024q4_form345.zip"))).isEqualTo(zip("2024q4"));
        assertThat(server.paths()).containsExactly(PAGE, OLD, DERA);
        assertThat(server.hits()).allSatisfy(hit -> assertThat(hit.userAgent()).isEqualTo(EdgarFetcherTests.USER_AGENT));
    }

    @Test
    void aYearIsItsFourQuartersAndAPastQuarterTheSecDoesNotListIsReported() throws Exception {
        var summary = fetch(new DatasetSelection(DatasetSelection.start("2024"), DatasetSelection.end("2024"), false));

        assertThat(summary.downloaded()).isEqualTo(2);
        assertThat(summary.failures()).extracting(FetchSummary.Failure::what).containsExactly("2024q1", "2024q2");
        assertThat(summary.failures()).allSatisfy(failure -> assertThat(failure.reason())
                .isEqualTo("not on the SEC's index page of Form 345 data sets"));
    }

    @Test
    void theWholeHistoryTakesWhatIsListedAndLeavesQuartersNotPublishedYetToTheDailyFetch() throws Exception {
        var summary = fetch(new DatasetSelection(Quarter.parse("2024q3"), Quarter.parse("2026q4"), false));

        assertThat(summary.downloaded()).isEqualTo(4);
        // 2025 is missing from this page: a failure; 2026 Q3 and Q4 come after the newest listed quarter: no failure
        assertThat(summary.failures()).extracting(FetchSummary.Failure::what).containsExactly("2025q1", "2025q2",
                "2025q3", "2025q4");
    }

    @Test
    void latestIsTheNewestQuarterOnThePage() throws Exception {
        var summary = fetch(new DatasetSelection(null, null, true));

        assertThat(summary.files()).containsExactly(out.resolve("datasets/2026q2_form345.zip"));
        assertThat(server.paths()).containsExactly(PAGE, NEW);
    }

    @Test
    void aRerunDownloadsOnlyWhatIsMissingOrChanged() throws Exception {
        var all = new DatasetSelection(Quarter.parse("2026q1"), Quarter.parse("2026q2"), false);
        fetch(new DatasetSelection(Quarter.parse("2024q3"), Quarter.parse("2024q4"), false));
        fetch(all);
        Files.delete(out.resolve("datasets/2024q3_form345.zip"));
        server.serve(NEW, zip("2026q2, revised"));

        var again = fetch(new DatasetSelection(Quarter.parse("2024q3"), Quarter.parse("2026q2"), false));

        assertThat(again.downloaded()).as("2024q3 (deleted) and 2026q2 (revised)").isEqualTo(2);
        assertThat(again.present()).as("2024q4 and 2026q1, answered 304").isEqualTo(2);
        assertThat(Files.readAllBytes(out.resolve("datasets/2026q2_form345.zip"))).isEqualTo(zip("2026q2, revised"));
        var lastRun = server.hits().subList(server.hits().size() - 5, server.hits().size());
        assertThat(lastRun).filteredOn(hit -> hit.ifNoneMatch() != null).extracting(EdgarReplayServer.Hit::path)
                .containsExactly(DERA, ABSOLUTE, NEW);
        assertThat(again.files()).hasSize(4);
    }

    @Test
    void aZipCutOffInTransitIsFetchedAgainUntilWhole() throws Exception {
        server.failNext(OLD, new Fault.Drop());

        var summary = fetch(new DatasetSelection(Quarter.parse("2024q3"), Quarter.parse("2024q3"), false));

        assertThat(summary.failures()).isEmpty();
        assertThat(server.count(OLD)).isEqualTo(2);
        assertThat(Files.readAllBytes(out.resolve("datasets/2024q3_form345.zip"))).isEqualTo(zip("2024q3"));
    }

    @Test
    void aCorruptZipIsNeverKeptAndIsFetchedAgainByTheNextRun() throws Exception {
        var good = zip("2024q3");
        server.serve(OLD, Arrays.copyOf(good, good.length - 30)); // its central directory cut off
        var quarter = new DatasetSelection(Quarter.parse("2024q3"), Quarter.parse("2024q3"), false);

        var first = fetch(quarter);

        assertThat(first.failures()).singleElement().satisfies(failure -> {
            assertThat(failure.what()).isEqualTo("2024q3");
            assertThat(failure.reason()).contains("gave up after 4 tries", "not a whole zip archive");
        });
        assertThat(out.resolve("datasets/2024q3_form345.zip")).doesNotExist();

        server.serve(OLD, good);
        Files.write(out.resolve("datasets/2024q3_form345.zip"), Arrays.copyOf(good, 100)); // a copy cut short
        var second = fetch(quarter);

        assertThat(second.downloaded()).isOne();
        assertThat(Files.readAllBytes(out.resolve("datasets/2024q3_form345.zip"))).isEqualTo(good);
    }

    private FetchSummary fetch(DatasetSelection selection) {
        try (var fetcher = new EdgarFetcher(server.properties(EdgarFetcherTests.USER_AGENT, out, 100),
                DECEMBER_2026)) {
            return fetcher.fetch(FetchRequest.datasets(selection, out));
        }
    }

    /** A small data set zip: one SUBMISSION table whose only row names the quarter, so each zip differs. */
    static byte[] zip(String quarter) throws IOException {
        var bytes = new ByteArrayOutputStream();
        try (var zip = new ZipOutputStream(bytes)) {
            zip.putNextEntry(entry("SUBMISSION.tsv"));
            zip.write(("ACCESSION_NUMBER\tFILING_DATE\tISSUERCIK\tREMARKS\n0000000001-24-000001\t01-JUL-2024\t1\t"
                    + quarter + "\n").getBytes(StandardCharsets.UTF_8));
            zip.putNextEntry(entry("FORM_345_readme.htm"));
            zip.write("<html>Form 345 data sets</html>".repeat(50).getBytes(StandardCharsets.UTF_8));
        }
        return bytes.toByteArray();
    }

    /** Entries dated alike, so that the same content makes the same bytes whenever it is built. */
    private static ZipEntry entry(String name) {
        var entry = new ZipEntry(name);
        entry.setTimeLocal(java.time.LocalDateTime.of(2024, 10, 1, 0, 0));
        return entry;
    }
}
