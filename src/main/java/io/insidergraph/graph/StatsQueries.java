package io.insidergraph.graph;

import java.util.Map;

import io.insidergraph.neo4j.CypherResources;
import org.springframework.stereotype.Component;

/** Node counts of the graph, from Neo4j's count store (constant time). */
@Component
public class StatsQueries {

    private static final String STATS = CypherResources.load("queries/stats.cypher");

    private final GraphReads reads;

    StatsQueries(GraphReads reads) {
        this.reads = reads;
    }

    public GraphStats stats() {
        return reads.read(STATS, Map.of(), result -> {
            var row = result.single();
            return new GraphStats(row.get("companies").asLong(), row.get("people").asLong(),
                    row.get("filings").asLong(), row.get("transactions").asLong(), row.get("holdings").asLong());
        });
    }
}
