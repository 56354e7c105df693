package io.insidergraph.ingest;

import java.util.function.Function;

import io.insidergraph.graph.CypherGraphWriter;
import io.insidergraph.graph.EmbeddedGraphWriter;
import io.insidergraph.graph.GraphWriter;
import io.insidergraph.support.IsolatedNeo4j;

/**
 * Every {@link GraphWriter} of the app. The ingest scenario suites ({@link IngestScenariosIT}) run once per
 * constant, and {@link WritersAgreeIT} compares their graphs: adding a writer to all of them is one line here.
 */
enum Writers {

    /** The embedded database's own Java API, in-process. */
    EMBEDDED(neo4j -> new EmbeddedGraphWriter(neo4j.database())),
    /** The statements of {@code cypher/ingest/} over Bolt, as against any server. */
    CYPHER(neo4j -> new CypherGraphWriter(neo4j.driver()));

    private final Function<IsolatedNeo4j, GraphWriter> factory;

    Writers(Function<IsolatedNeo4j, GraphWriter> factory) {
        this.factory = factory;
    }

    GraphWriter on(IsolatedNeo4j neo4j) {
        return factory.apply(neo4j);
    }
}
