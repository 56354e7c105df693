package io.insidergraph.fetch;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveOutputStream;
import org.apache.commons.compress.compressors.gzip.GzipCompressorOutputStream;
import io.insidergraph.support.EdgarReplayServer;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Bulk: a day's feed archive, built here from two real {@code .nc} submissions and one made-up 8-K. */
class DailyFeedTests {

    static final String FEED = "/Archives/edgar/Feed/2025/QTR1/20250213.nc.tar.gz";
    static final String EIGHT_K = """
            <SUBMISSION>
            <ACCESSION-NUMBER>0009999999-25-000009
            <TYPE>8-K
            <FILER>
            <COMPANY-DATA>
            <CONFORMED-NAME>SYNTHETIC EXAMPLE CORP
            <CIK>0009999999
            </COMPANY-DATA>
            </FILER>
            </SUBMISSION>
            """;

    @TempDir
    Path out;

    @AutoClose
    final EdgarReplayServer server = EdgarReplayServer.start();

    @Test
    void takesTheOwnershipFormsOutOfADaysFeedArchiveUnderTheIssuersCik() throws Exception {
        server.serve(FEED, feedArchive());
        var range = new DateRange(LocalDate.of(2025, 2, 13), LocalDate.of(2025, 2, 14));

        var summary = fetch(new FetchRequest(List.of(), List.of(), range, Forms.OWNERSHIP, true, out));

        var arrow = out.resolve("7536/0001127602-25-004598/0001127602-25-004598.nc");
        var amd = out.resolve("2488/0000002488-24-000005/0000002488-24-000005.nc");
        assertThat(summary.files()).containsExactlyInAnyOrder(arrow, amd);
        assertThat(summary.failures()).as("no archive on the 14th is a day without one, not a failure").isEmpty();
        assertThat(arrow).hasSameBinaryContentAs(resource("feed/0001127602-25-004598.nc"));
        assertThat(out.resolve("9999999")).as("the 8-K is left in the archive").doesNotExist();
        assertThat(out.resolve(".edgar/Feed/2025/QTR1/20250213.nc.tar.gz")).exists();
        assertThat(server.paths()).containsExactly(FEED, "/Archives/edgar/Feed/2025/QTR1/20250214.nc.tar.gz");

        var formFours = fetch(new FetchRequest(List.of(), List.of(), range, Forms.parse("4"), true, out));
        assertThat(formFours.present()).isEqualTo(2);
        assertThat(server.count(FEED)).as("the kept archive is read again, not downloaded again").isOne();
    }

    FetchSummary fetch(FetchRequest request) {
        try (var fetcher = new EdgarFetcher(server.properties(EdgarFetcherTests.USER_AGENT, out, 100),
                EdgarFetcherTests.JUNE_2025)) {
            return fetcher.fetch(request);
        }
    }

    static byte[] feedArchive() throws IOException, URISyntaxException {
        var buffer = new ByteArrayOutputStream();
        try (var tar = new TarArchiveOutputStream(new GzipCompressorOutputStream(buffer))) {
            add(tar, "0001127602-25-004598.nc", Files.readAllBytes(resource("feed/0001127602-25-004598.nc")));
            add(tar, "0009999999-25-000009.nc", EIGHT_K.getBytes(StandardCharsets.US_ASCII));
            add(tar, "0000002488-24-000005.nc", Files.readAllBytes(resource("feed/0000002488-24-000005.nc")));
        }
        return buffer.toByteArray();
    }

    private static void add(TarArchiveOutputStream tar, String name, byte[] body) throws IOException {
        var entry = new TarArchiveEntry(name);
        entry.setSize(body.length);
        tar.putArchiveEntry(entry);
        tar.write(body);
        tar.closeArchiveEntry();
    }

    static Path resource(String name) throws URISyntaxException {
        return Path.of(DailyFeedTests.class.getResource("/fetch/" + name).toURI());
    }
}
