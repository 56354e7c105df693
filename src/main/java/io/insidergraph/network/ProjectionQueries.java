package io.insidergraph.network;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import io.insidergraph.graph.GraphReads;
import io.insidergraph.graph.Role;
import io.insidergraph.graph.Tenure;
import io.insidergraph.neo4j.CypherResources;
import org.springframework.stereotype.Component;

/**
 * The read of a network: the insider-company pairs of its projection, in Cypher (network-pairs.cypher). The role's
 * relationship type is written into the statement, one statement per {@link Role} (constants, never input): with the
 * type a parameter ({@code $($type)}) Neo4j 2025.10 expands every relationship of every company and filters by type
 * afterwards (PROFILE on a 20,000-filing store: 27,561 expanded for 3,283 director edges, about 8 per role edge, and
 * the ratio grows with the filings per company); with the type written, it follows only that type's edges.
 */
@Component
class ProjectionQueries {

    private static final String TYPE = "$($type)";
    private static final Map<Role, String> PAIRS = byRole(CypherResources.load("queries/network-pairs.cypher"));

    private final GraphReads reads;

    ProjectionQueries(GraphReads reads) {
        this.reads = reads;
    }

    List<Projection.Pair> pairs(Role role, Tenure tenure) {
        return reads.read(PAIRS.get(role), tenure.parameters(), result -> result.list(row -> new Projection.Pair(
                row.get("insider").asString(), row.get("company").asString())));
    }

    private static Map<Role, String> byRole(String template) {
        if (!template.contains(TYPE)) {
            throw new IllegalStateException("network-pairs.cypher must name the role's type as " + TYPE);
        }
        var statements = new EnumMap<Role, String>(Role.class);
        for (var role : Role.values()) {
            statements.put(role, template.replace(TYPE, role.relationshipType()));
        }
        return statements;
    }
}
