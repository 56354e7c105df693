package io.insidergraph.ingest;

import java.time.Duration;
import java.util.List;

import io.insidergraph.graph.CopyConflict;

/**
 * How an ingest run ended: every input is exactly one of ingested, skipped (the same bytes or the same filing is
 * stored), lost (a copy of its accession number that holds something else ranks above it) or rejected. Each
 * conflict between two copies is listed, whichever of them was stored first; {@code replaced} counts the stored
 * copies that a better one replaced.
 */
public record IngestSummary(long ingested, long skipped, List<Reject> rejects, long replaced,
        List<CopyConflict> conflicts, long lost, Duration elapsed) {

    public IngestSummary {
        rejects = List.copyOf(rejects);
        conflicts = List.copyOf(conflicts);
    }

    public long rejected() {
        return rejects.size();
    }

    public long inputs() {
        return ingested + skipped + lost + rejects.size();
    }

    public double filingsPerSecond() {
        double seconds = Math.max(elapsed.toNanos(), 1) / 1e9;
        return ingested / seconds;
    }

    /**
     * 0 when every input was ingested or skipped, 3 when some were rejected or two copies of a filing conflict
     * (both listed in the summary and the rejects report), as DESIGN.md's exit codes say.
     */
    public int exitCode() {
        return rejects.isEmpty() && conflicts.isEmpty() ? 0 : 3;
    }

    public String describe() {
        return String.format("%,d inputs: %,d ingested, %,d skipped (already stored), %,d rejected%s%s in %s"
                + " (%,.0f filings/s)", inputs(), ingested, skipped, rejected(),
                conflicts.isEmpty() ? "" : String.format(", %,d conflicting copies (%,d not stored)",
                        conflicts.size(), lost),
                replaced > 0 ? ", " + replaced + " replaced by a better copy" : "", formatDuration(elapsed),
                filingsPerSecond());
    }

    static String formatDuration(Duration duration) {
        long seconds = duration.toSeconds();
        return seconds >= 3600 ? String.format("%d:%02d:%02d", seconds / 3600, seconds / 60 % 60, seconds % 60)
                : String.format("%d:%02d.%d", seconds / 60, seconds % 60, duration.toMillisPart() / 100);
    }
}
