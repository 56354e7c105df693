package io.insidergraph.ingest;

import io.insidergraph.graph.CopyConflict;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import org.springframework.stereotype.Component;

/**
 * Counts inputs by what became of them, {@code insidergraph.ingest.inputs{outcome=ingested|skipped|rejected}}
 * (Prometheus: {@code insidergraph_ingest_inputs_total}), as a run goes, for every way in: the ingest command,
 * {@code serve --ingest}, the samples and the {@code ingestFiling} mutation; and the conflicting copies of a filing
 * ({@code insidergraph.ingest.conflicts}, {@code insidergraph_ingest_conflicts_total}).
 */
@Component
class IngestMeters {

    static final String INPUTS = "insidergraph.ingest.inputs";
    static final String CONFLICTS = "insidergraph.ingest.conflicts";

    private final Counter ingested;
    private final Counter skipped;
    private final Counter rejected;
    private final Counter conflicts;

    IngestMeters(MeterRegistry meters) {
        ingested = counter(meters, "ingested");
        skipped = counter(meters, "skipped");
        rejected = counter(meters, "rejected");
        conflicts = Counter.builder(CONFLICTS).description("Copies of a stored filing that differ from it")
                .register(meters);
    }

    private static Counter counter(MeterRegistry meters, String outcome) {
        return Counter.builder(INPUTS).tag("outcome", outcome)
                .description("Inputs ingested, skipped (already stored) or rejected").register(meters);
    }

    void stored(boolean alreadyStored) {
        (alreadyStored ? skipped : ingested).increment();
    }

    /** Passes everything on to {@code progress} and counts what each snapshot and the summary add. */
    ProgressListener counting(ProgressListener progress) {
        return new ProgressListener() {
            private long countedIngested;
            private long countedSkipped;
            private long countedRejected;

            @Override
            public synchronized void update(Snapshot snapshot) {
                count(snapshot.ingested(), snapshot.skipped(), snapshot.rejected());
                progress.update(snapshot);
            }

            @Override
            public void rejected(Reject reject) {
                progress.rejected(reject);
            }

            @Override
            public void conflict(CopyConflict conflict) {
                conflicts.increment();
                progress.conflict(conflict);
            }

            @Override
            public synchronized void finish(IngestSummary summary) {
                count(summary.ingested(), summary.skipped(), summary.rejected());
                progress.finish(summary);
            }

            private void count(long nowIngested, long nowSkipped, long nowRejected) {
                ingested.increment(Math.max(0, nowIngested - countedIngested));
                skipped.increment(Math.max(0, nowSkipped - countedSkipped));
                rejected.increment(Math.max(0, nowRejected - countedRejected));
                countedIngested = Math.max(countedIngested, nowIngested);
                countedSkipped = Math.max(countedSkipped, nowSkipped);
                countedRejected = Math.max(countedRejected, nowRejected);
            }
        };
    }
}
