package io.insidergraph.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.LongStream;

import io.insidergraph.filing.FilingParser;
import io.insidergraph.graph.CopyConflict;
import org.junit.jupiter.api.Test;
import org.springframework.util.unit.DataSize;

/** The progress of a run as it goes, on the real pipeline over the 68 sample filings, and the summary. */
class IngestProgressIT extends IsolatedGraphTest {

    /**
     * Regression: the bar said "100% 1 files, 0 filings/s" for a whole run, since its counts moved per committed
     * batch of 500 and its fraction by bytes the reader had read ahead. Now every input read moves it.
     */
    @Test
    void progressMovesWithEveryFilingReadNotWithEachCommittedBatch() throws Exception {
        var snapshots = new ArrayList<ProgressListener.Snapshot>();
        var lines = new ArrayList<String>();
        var shown = IngestProgress.logLines(lines::add);
        var recording = new ProgressListener() {
            @Override
            public void update(Snapshot snapshot) {
                snapshots.add(snapshot);
                shown.update(snapshot);
            }

            @Override
            public void finish(IngestSummary summary) {
                shown.finish(summary);
            }
        };
        var source = DocumentSource.of(List.of(IngestFixture.SAMPLES), DataSize.ofMegabytes(20).toBytes());
        var summary = new IngestPipeline(new FilingParser(), IngestFixture.embeddedWriter(neo4j),
                IngestFixture.settings(500), recording).run(source);

        assertThat(summary.ingested()).isEqualTo(68);
        assertThat(snapshots.stream().mapToLong(ProgressListener.Snapshot::read).filter(read -> read > 0).distinct())
                .as("inputs read, one more at each step").containsExactlyElementsOf(
                        LongStream.rangeClosed(1, 68).boxed().toList());
        assertThat(snapshots).isSortedAccordingTo((a, b) -> Long.compare(a.bytesDone(), b.bytesDone()));
        var last = snapshots.getLast();
        assertThat(last.bytesDone()).as("the whole input").isEqualTo(last.totalBytes()).isPositive();
        assertThat(last.ingested()).as("stored: the batch of 500 commits after the last read").isLessThan(68);
        assertThat(lines).last().asString().startsWith("ingest 100%").contains("68 read, 68 stored, 0 skipped, 0 rejected");
    }

    @Test
    void theLineSaysWhatWasReadStoredSkippedAndRejectedAndTheRate() {
        var snapshot = new ProgressListener.Snapshot(3_502, 3_000, 500, 2, 250, 1_000, Duration.ofSeconds(10));

        assertThat(IngestProgress.message(snapshot))
                .isEqualTo("3,502 read, 3,000 stored, 500 skipped, 2 rejected, 350 filings/s");
    }

    @Test
    void theSummarySaysWhatBecameOfEveryInput() {
        var summary = new IngestSummary(10, 3, List.of(new Reject("x.xml", null, "empty")), 1, List.of(), 0,
                Duration.ofMillis(2_500));

        assertThat(summary.describe()).isEqualTo("14 inputs: 10 ingested, 3 skipped (already stored), 1 rejected,"
                + " 1 replaced by a better copy in 0:02.5 (4 filings/s)");
        assertThat(summary.exitCode()).isEqualTo(3);
    }

    @Test
    void conflictingCopiesAreCountedAndMakeTheExitCodeThreeWithoutAnyReject() {
        var copy = new CopyConflict.Copy("b/0000000001-24-000001.xml", "f".repeat(64), "BARE_XML");
        var kept = new CopyConflict.Copy("a/0000000001-24-000001.xml", "0".repeat(64), "BARE_XML");
        var conflict = new CopyConflict("0000000001-24-000001", kept, copy,
                "equally rich copies: the one with the smaller SHA-256 is kept",
                List.of(new CopyConflict.FieldDifference("remarks", "A", "B")), false);
        var summary = new IngestSummary(10, 0, List.of(), 0, List.of(conflict), 1, Duration.ofMillis(2_500));

        assertThat(summary.describe()).isEqualTo("11 inputs: 10 ingested, 0 skipped (already stored), 0 rejected,"
                + " 1 conflicting copies (1 not stored) in 0:02.5 (4 filings/s)");
        assertThat(summary.exitCode()).isEqualTo(3);
    }
}
