package io.insidergraph.network;

import java.util.List;

import io.insidergraph.graph.GraphReads;
import io.insidergraph.graph.Role;
import io.insidergraph.graph.Tenure;
import io.insidergraph.neo4j.CypherResources;
import org.springframework.stereotype.Component;

/** The read of a network: the insider-company pairs of its projection, in Cypher (network-pairs.cypher). */
@Component
class ProjectionQueries {

    private static final String PAIRS = CypherResources.load("queries/network-pairs.cypher");

    private final GraphReads reads;

    ProjectionQueries(GraphReads reads) {
        this.reads = reads;
    }

    List<Projection.Pair> pairs(Role role, Tenure tenure) {
        var params = tenure.parameters();
        params.put("type", role.relationshipType());
        return reads.read(PAIRS, params, result -> result.list(row -> new Projection.Pair(
                row.get("insider").asString(), row.get("company").asString())));
    }
}
