package io.insidergraph.fetch;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import io.insidergraph.support.EdgarReplayServer;
import io.insidergraph.support.EdgarReplayServer.Fault;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A run that broke off leaves only whole files under their real names, and the next run fetches only the rest. */
class FetchResumeTests {

    static final String BROKEN = "/Archives/edgar/data/1318605/000179056523000009/0001790565-23-000009.txt";

    @TempDir
    Path out;

    @AutoClose
    final EdgarReplayServer server = EdgarReplayServer.start();

    @Test
    void aRerunFetchesOnlyWhatTheInterruptedRunDidNotFinish() throws Exception {
        // the first run loses the connection halfway through one filing on every try
        server.failNext(BROKEN, new Fault.Drop(), new Fault.Drop(), new Fault.Drop(), new Fault.Drop());
        var request = new FetchRequest(List.of(1318605L), List.of(), null, Forms.OWNERSHIP, false, out);
        var first = fetch(request);

        var broken = out.resolve("1318605/0001790565-23-000009/0001790565-23-000009.txt");
        assertThat(first.downloaded()).isEqualTo(2);
        assertThat(first.failures()).singleElement()
                .satisfies(failure -> assertThat(failure.what()).isEqualTo("0001790565-23-000009"));
        assertThat(broken).doesNotExist();
        assertThat(broken.resolveSibling(broken.getFileName() + ".part")).as("the half-written file").exists();
        assertThat(first.files()).doesNotContain(broken);

        var second = fetch(request);

        assertThat(second.downloaded()).isOne();
        assertThat(second.present()).isEqualTo(2);
        assertThat(second.failures()).isEmpty();
        assertThat(broken).hasSameBinaryContentAs(EdgarFetcherTests.fixture("0001790565-23-000009"));
        assertThat(broken.resolveSibling(broken.getFileName() + ".part")).doesNotExist();
        assertThat(server.count("/Archives/edgar/data/1318605/000089924322035394/0000899243-22-035394.txt")).isOne();
        assertThat(server.count("/Archives/edgar/data/1318605/000095017025003585/0000950170-25-003585.txt")).isOne();
        assertThat(server.count(BROKEN)).isEqualTo(5);
    }

    @Test
    void aFileCutShortOutsideTheFetcherIsFetchedAgain() throws Exception {
        var request = new FetchRequest(List.of(1318605L), List.of(), null, Forms.parse("4"), false, out);
        fetch(request);
        var file = out.resolve("1318605/0000950170-25-003585/0000950170-25-003585.txt");
        var text = Files.readString(file);
        Files.writeString(file, text.substring(0, text.length() - 200));

        var again = fetch(request);

        assertThat(again.downloaded()).isOne();
        assertThat(again.present()).isEqualTo(2);
        assertThat(file).hasSameBinaryContentAs(EdgarFetcherTests.fixture("0000950170-25-003585"));
    }

    @Test
    void aFilingAlreadyFetchedUnderAnotherPartysCikIsNotFetchedAgain() {
        var day = new DateRange(java.time.LocalDate.of(2025, 3, 7), java.time.LocalDate.of(2025, 3, 7));
        fetch(new FetchRequest(List.of(), List.of(), day, Forms.OWNERSHIP, false, out));
        int before = server.hits().size();

        // Workday's own submissions JSON is not in the fixtures; the daily index lists the filing under its owner
        var again = fetch(new FetchRequest(List.of(), List.of(), day, Forms.OWNERSHIP, false, out));

        assertThat(again.present()).isEqualTo(2);
        assertThat(again.downloaded()).isZero();
        assertThat(server.hits()).as("a past day's index is kept; nothing is asked for again").hasSize(before);
    }

    FetchSummary fetch(FetchRequest request) {
        try (var fetcher = new EdgarFetcher(server.properties(EdgarFetcherTests.USER_AGENT, out, 100),
                EdgarFetcherTests.JUNE_2025)) {
            return fetcher.fetch(request);
        }
    }
}
