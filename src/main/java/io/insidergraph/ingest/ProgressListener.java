package io.insidergraph.ingest;

import java.time.Duration;

import io.insidergraph.graph.CopyConflict;

/** Told how a run is going, often; decides itself how often to show it. */
interface ProgressListener {

    /** The state of a run at one moment. */
    record Snapshot(long ingested, long skipped, long rejected, long bytesRead, long totalBytes, Duration elapsed) {

        long inputs() {
            return ingested + skipped + rejected;
        }

        double filingsPerSecond() {
            return ingested / Math.max(elapsed.toNanos() / 1e9, 1e-3);
        }

        /** Fraction done by bytes read, or -1 when the total is unknown. */
        double fraction() {
            return totalBytes > 0 ? Math.min(1.0, (double) bytesRead / totalBytes) : -1;
        }
    }

    void update(Snapshot snapshot);

    /** An input was rejected, told as soon as it is. */
    default void rejected(Reject reject) {
    }

    /** Two copies of one filing hold different things; told as soon as the writer finds it. */
    default void conflict(CopyConflict conflict) {
    }

    void finish(IngestSummary summary);

    ProgressListener NONE = new ProgressListener() {
        @Override
        public void update(Snapshot snapshot) {
        }

        @Override
        public void finish(IngestSummary summary) {
        }
    };
}
