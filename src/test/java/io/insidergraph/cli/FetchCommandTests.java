package io.insidergraph.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import io.insidergraph.support.EdgarReplayServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The {@code fetch} command as a user runs it, against the loopback EDGAR replay server. */
class FetchCommandTests {

    static final String USER_AGENT = "Jane Doe jane@example.org";

    @TempDir
    Path out;

    final EdgarReplayServer server = EdgarReplayServer.start();
    final StringWriter stdout = new StringWriter();
    final StringWriter stderr = new StringWriter();

    @AfterEach
    void stop() {
        server.close();
    }

    @Test
    void fetchesACompanysFilingsAndSendsTheUserAgentItWasGiven() {
        int exit = run("fetch", "--cik", "1318605", "--user-agent", USER_AGENT);

        assertThat(exit).isZero();
        assertThat(stdout.toString()).contains("3 selected, 3 downloaded, 0 already present, 0 failed");
        assertThat(out.resolve("1318605/0000899243-22-035394/0000899243-22-035394.txt")).exists();
        assertThat(server.hits()).isNotEmpty().allSatisfy(hit -> assertThat(hit.userAgent()).isEqualTo(USER_AGENT));
    }

    @Test
    void refusesToFetchWithoutAUserAgentAndSaysWhy() {
        // given empty on the command line, so that one in the environment does not count
        int exit = run("fetch", "--cik", "1318605", "--insidergraph.edgar.user-agent=");

        assertThat(exit).isEqualTo(2);
        assertThat(stderr.toString()).contains("SEC EDGAR requires a User-Agent that names you and gives a contact "
                + "email, e.g. 'Jane Doe jane@example.org'", "--user-agent", "INSIDERGRAPH_EDGAR_USER_AGENT");
        assertThat(server.hits()).isEmpty();
    }

    @Test
    void exitsWith3WhenSomethingCouldNotBeFetchedAndListsIt() {
        int exit = run("fetch", "--ticker", "TSLA", "--ticker", "NOPE", "--forms", "4", "--user-agent", USER_AGENT);

        assertThat(exit).isEqualTo(3);
        assertThat(stdout.toString()).contains("3 downloaded", "failed ticker NOPE: no company with ticker 'NOPE'");
    }

    @Test
    void anImpossibleSettingIsAUsageErrorThatNamesIt() {
        int exit = run("fetch", "--cik", "1318605", "--user-agent", USER_AGENT, "--insidergraph.edgar.threads=0");

        assertThat(exit).isEqualTo(2);
        assertThat(stderr.toString()).contains("Invalid setting: insidergraph.edgar: max-requests-per-second, threads");
    }

    @Test
    void aSelectionThatCannotBeMadeIsAUsageError() {
        assertThat(run("fetch", "--user-agent", USER_AGENT)).isEqualTo(2);
        assertThat(stderr.toString()).contains("say what to fetch");
        assertThat(run("fetch", "--bulk", "--cik", "1318605", "--from", "2025-01-02")).isEqualTo(2);
        assertThat(run("fetch", "--to", "2025-01-02")).isEqualTo(2);
        assertThat(stderr.toString()).contains("bulk takes a date range and no CIK", "--to needs --from");
        assertThat(server.hits()).isEmpty();
    }

    @Test
    void fetchesTheDataSetsOfAYearFromTheSecsIndexPage() {
        server.serve("/data-research/sec-markets-data/insider-transactions-data-sets", """
                <a href="/files/structureddata/data/insider-transactions-data-sets/2024q4_form345.zip">2024 Q4</a>
                <a href="/files/dera/data/insider-transactions-data-sets/2024q3_form345.zip">2024 Q3</a>"""
                .getBytes(StandardCharsets.UTF_8));
        server.serve("/files/structureddata/data/insider-transactions-data-sets/2024q4_form345.zip", zip());
        server.serve("/files/dera/data/insider-transactions-data-sets/2024q3_form345.zip", zip());

        int exit = run("fetch", "--datasets", "--from", "2024q3", "--to", "2024", "--user-agent", USER_AGENT);

        assertThat(exit).as(stderr.toString()).isZero();
        assertThat(stdout.toString()).contains("2 selected, 2 downloaded, 0 already present, 0 failed");
        assertThat(out.resolve("datasets/2024q3_form345.zip")).exists();
        assertThat(out.resolve("datasets/2024q4_form345.zip")).exists();
    }

    @Test
    void quartersGoWithDatasetsAndDatesWithoutThem() {
        assertThat(run("fetch", "--from", "2024q3", "--user-agent", USER_AGENT)).isEqualTo(2);
        assertThat(stderr.toString()).contains("'2024q3' is not a date (YYYY-MM-DD); quarters and years go with"
                + " --datasets");
        assertThat(run("fetch", "--datasets", "--from", "2024-07-01", "--user-agent", USER_AGENT)).isEqualTo(2);
        assertThat(stderr.toString()).contains("'2024-07-01' is not a quarter (like 2024q3) or a year (like 2024)");
        assertThat(run("fetch", "--datasets", "--latest", "--from", "2024", "--user-agent", USER_AGENT)).isEqualTo(2);
        assertThat(stderr.toString()).contains("--latest takes no --from or --to");
        assertThat(run("fetch", "--latest", "--cik", "1318605", "--user-agent", USER_AGENT)).isEqualTo(2);
        assertThat(stderr.toString()).contains("--latest goes with --datasets");
        assertThat(run("fetch", "--datasets", "--cik", "1318605", "--user-agent", USER_AGENT)).isEqualTo(2);
        assertThat(stderr.toString()).contains("no CIK, ticker or --bulk");
        assertThat(server.hits()).isEmpty();
    }

    /** A zip of one empty SUBMISSION table: all a download checks is that it is a whole zip. */
    private static byte[] zip() {
        var bytes = new ByteArrayOutputStream();
        try (var zip = new ZipOutputStream(bytes)) {
            zip.putNextEntry(new ZipEntry("SUBMISSION.tsv"));
            zip.write("ACCESSION_NUMBER\tISSUERCIK\n".getBytes(StandardCharsets.UTF_8));
        }
        catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
        return bytes.toByteArray();
    }

    int run(String... args) {
        var all = new ArrayList<>(List.of(args));
        all.addAll(List.of("--out", out.toString(), "--insidergraph.edgar.www-url=" + server.uri(),
                "--insidergraph.edgar.data-url=" + server.uri(), "--insidergraph.edgar.initial-backoff=20ms"));
        return InsidergraphCli.commandLine(Object.class).setOut(new PrintWriter(stdout, true))
                .setErr(new PrintWriter(stderr, true)).execute(all.toArray(String[]::new));
    }
}
