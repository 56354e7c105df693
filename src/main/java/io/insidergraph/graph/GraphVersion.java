package io.insidergraph.graph;

import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

import io.insidergraph.neo4j.CypherResources;
import org.springframework.stereotype.Component;

/**
 * What the graph holds, cheaply told apart: the count store's counts of filings, entities and role edges (any new
 * filing changes them, whichever process ingested it), and an epoch bumped by every batch this process writes (a
 * filing replaced by another copy of the same accession changes no count). Caches of answers derived from the whole graph
 * key them by it.
 */
@Component
public class GraphVersion {

    private static final String COUNTS = CypherResources.load("queries/graph-version.cypher");

    /** A version: equal versions mean the same graph, as far as this process can tell. */
    public record Version(long filings, long entities, long directors, long officers, long tenPercentOwners,
            long others, long epoch) {
    }

    private final GraphReads reads;
    private final AtomicLong epoch = new AtomicLong();

    GraphVersion(GraphReads reads) {
        this.reads = reads;
    }

    /** The version now (one statement answered from the count store). */
    public Version current() {
        long now = epoch.get();
        return reads.read(COUNTS, Map.of(), result -> {
            var row = result.single();
            return new Version(row.get("filings").asLong(), row.get("entities").asLong(),
                    row.get("directors").asLong(), row.get("officers").asLong(),
                    row.get("tenPercentOwners").asLong(), row.get("others").asLong(), now);
        });
    }

    /** The writer, telling this version of every batch it wrote something in. */
    GraphWriter observing(GraphWriter writer) {
        return batch -> {
            var outcome = writer.write(batch);
            if (!outcome.written().isEmpty()) {
                epoch.incrementAndGet();
            }
            return outcome;
        };
    }
}
