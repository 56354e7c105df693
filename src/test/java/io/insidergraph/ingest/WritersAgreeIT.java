package io.insidergraph.ingest;

import static io.insidergraph.ingest.IngestFixture.CORPUS;
import static io.insidergraph.ingest.IngestFixture.SAMPLES;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

/**
 * Every writer builds the same graph from the same filings, value for value and type for type: the Cypher
 * statements of {@code cypher/ingest/} are the reference, since they are what runs against a server.
 */
class WritersAgreeIT extends IsolatedGraphTest {

    @Test
    void everyWriterBuildsTheGraphTheCypherStatementsBuild() throws Exception {
        IngestFixture.ingest(Writers.CYPHER.on(neo4j), 100, List.of(CORPUS, SAMPLES));
        var reference = neo4j.dump();
        assertThat(reference).hasSizeGreaterThan(10_000);

        for (var writer : Writers.values()) {
            neo4j.clear();
            IngestFixture.ingest(writer.on(neo4j), 100, List.of(CORPUS, SAMPLES));
            var graph = neo4j.dump();
            var onlyHere = new ArrayList<>(graph);
            onlyHere.removeAll(reference);
            assertThat(onlyHere).as(writer + " writer: lines not in the Cypher writer's graph").isEmpty();
            assertThat(graph).as(writer + " writer").isEqualTo(reference);
        }
    }
}
