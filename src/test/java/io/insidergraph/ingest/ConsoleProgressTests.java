package io.insidergraph.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;

import io.insidergraph.graph.CopyConflict;
import org.junit.jupiter.api.Test;

class ConsoleProgressTests {

    @Test
    void theBarShowsFilesRateRejectsAndEta() {
        var snapshot = new ProgressListener.Snapshot(3_000, 500, 2, 250, 1_000, Duration.ofSeconds(10));

        assertThat(ConsoleProgress.bar(snapshot)).isEqualTo(
                "[########----------------------]  25% 3,502 files, 300 filings/s, 500 skipped, 2 rejected, ETA 0:30");
    }

    @Test
    void withoutAKnownTotalThereIsNoEta() {
        var snapshot = new ProgressListener.Snapshot(10, 0, 0, 0, 0, Duration.ofSeconds(2));

        assertThat(ConsoleProgress.line(snapshot)).isEqualTo("10 files, 5 filings/s, 0 skipped, 0 rejected");
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
