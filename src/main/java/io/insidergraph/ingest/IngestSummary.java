package io.insidergraph.ingest;

import java.time.Duration;
import java.util.List;

/**
 * How an ingest run ended: every input is exactly one of ingested, skipped (its filing was already stored) or
 * rejected.
 */
public record IngestSummary(long ingested, long skipped, List<Reject> rejects, long replaced, Duration elapsed) {

    public long rejected() {
        return rejects.size();
    }

    public long inputs() {
        return ingested + skipped + rejects.size();
    }

    public double filingsPerSecond() {
        double seconds = Math.max(elapsed.toNanos(), 1) / 1e9;
        return ingested / seconds;
    }

    /** 0 when every input was ingested or skipped, 3 when some were rejected (DESIGN.md's exit codes). */
    public int exitCode() {
        return rejects.isEmpty() ? 0 : 3;
    }

    public String describe() {
        return String.format("%,d inputs: %,d ingested, %,d skipped (already stored), %,d rejected%s in %s (%,.0f filings/s)",
                inputs(), ingested, skipped, rejected(), replaced > 0 ? ", " + replaced + " replaced by a richer copy" : "",
                formatDuration(elapsed), filingsPerSecond());
    }

    static String formatDuration(Duration duration) {
        long seconds = duration.toSeconds();
        return seconds >= 3600 ? String.format("%d:%02d:%02d", seconds / 3600, seconds / 60 % 60, seconds % 60)
                : String.format("%d:%02d.%d", seconds / 60, seconds % 60, duration.toMillisPart() / 100);
    }
}
