package io.insidergraph.ingest;

import java.time.Duration;

import io.insidergraph.graph.CopyConflict;

/** Told how a run is going, often; decides itself how often to show it. */
interface ProgressListener {

    /**
     * The state of a run at one moment.
     *
     * @param read       inputs parsed or rejected so far: moves with every filing
     * @param ingested   filings stored, counted as each batch commits
     * @param skipped    filings already stored, counted as each batch commits
     * @param rejected   inputs rejected, by the parser or the database
     * @param bytesDone  how far into the input the inputs read so far reach (bytes, as the source counts them)
     * @param totalBytes the input's size, or 0 when unknown
     */
    record Snapshot(long read, long ingested, long skipped, long rejected, long bytesDone, long totalBytes,
            Duration elapsed) {

        double filingsPerSecond() {
            return read / Math.max(elapsed.toNanos() / 1e9, 1e-3);
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
