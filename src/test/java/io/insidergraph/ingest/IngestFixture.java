package io.insidergraph.ingest;

import java.nio.file.Path;
import java.util.List;

import io.insidergraph.filing.FilingParser;
import io.insidergraph.graph.CypherGraphWriter;
import io.insidergraph.graph.EmbeddedGraphWriter;
import io.insidergraph.graph.GraphWriter;
import io.insidergraph.support.IsolatedNeo4j;
import org.springframework.util.unit.DataSize;

/** Runs the real pipeline against an {@link IsolatedNeo4j}, with either writer and any batch size. */
final class IngestFixture {

    /** Ingest counters on a registry of their own, for services built outside Spring. */
    static IngestMeters meters() {
        return new IngestMeters(new io.micrometer.core.instrument.simple.SimpleMeterRegistry());
    }

    static final Path CORPUS = Path.of("src/test/resources/corpus/filings");
    static final Path SAMPLES = Path.of("samples/filings");

    private IngestFixture() {
    }

    static IngestSettings settings(int batchSize) {
        return new IngestSettings(batchSize, 1, DataSize.ofMegabytes(20), DataSize.ofMegabytes(64));
    }

    static GraphWriter embeddedWriter(IsolatedNeo4j neo4j) {
        return new EmbeddedGraphWriter(neo4j.database());
    }

    static GraphWriter cypherWriter(IsolatedNeo4j neo4j) {
        return new CypherGraphWriter(neo4j.driver());
    }

    static IngestSummary ingest(GraphWriter writer, int batchSize, List<Path> paths) throws InterruptedException {
        return new IngestPipeline(new FilingParser(), writer, settings(batchSize), ProgressListener.NONE)
                .run(DocumentSource.of(paths, DataSize.ofMegabytes(20).toBytes()));
    }

    static IngestSummary ingest(IsolatedNeo4j neo4j, Path... paths) throws InterruptedException {
        return ingest(embeddedWriter(neo4j), 100, List.of(paths));
    }
}
