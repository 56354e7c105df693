package io.insidergraph.ingest;

import java.nio.file.Path;
import java.util.List;

import io.insidergraph.filing.FilingParser;
import io.insidergraph.graph.GraphWriter;
import io.insidergraph.support.IsolatedNeo4j;
import org.springframework.util.unit.DataSize;

/** Runs the real pipeline against an {@link IsolatedNeo4j}, with any writer and batch size. */
final class IngestFixture {

    /** Ingest counters on a registry of their own, for services built outside Spring. */
    static IngestMeters meters() {
        return new IngestMeters(new io.micrometer.core.instrument.simple.SimpleMeterRegistry());
    }

    static final Path CORPUS = Path.of("src/test/resources/corpus/filings");
    static final Path SAMPLES = Path.of("samples/filings");
    /** The real full submission of the samples: a Form 4 with its SGML header. */
    static final Path SEED = SAMPLES.resolve("0001628280-25-025936.txt");
    /** A real Form 4 (full submission) and the real 4/A that amends it (see amendments/README.md). */
    static final Path ORIGINAL = Path.of("src/test/resources/amendments/0000707549-24-000099.txt");
    static final Path AMENDMENT = Path.of("src/test/resources/amendments/0000707549-25-000004.txt");

    private IngestFixture() {
    }

    static IngestSettings settings(int batchSize) {
        return new IngestSettings(batchSize, 1, DataSize.ofMegabytes(20), DataSize.ofMegabytes(64));
    }

    /** The app's default writer for an embedded database, for tests of what the pipeline does whatever the writer. */
    static GraphWriter embeddedWriter(IsolatedNeo4j neo4j) {
        return Writers.EMBEDDED.on(neo4j);
    }

    static IngestSummary ingest(GraphWriter writer, int batchSize, List<Path> paths) throws InterruptedException {
        return new IngestPipeline(new FilingParser(), writer, settings(batchSize), ProgressListener.NONE)
                .run(DocumentSource.of(paths, DataSize.ofMegabytes(20).toBytes()));
    }

    static IngestSummary ingest(IsolatedNeo4j neo4j, Path... paths) throws InterruptedException {
        return ingest(embeddedWriter(neo4j), 100, List.of(paths));
    }
}
