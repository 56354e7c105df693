package io.insidergraph.graph;

import java.time.Duration;
import java.util.Collection;
import java.util.Spliterator;
import java.util.function.BiFunction;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

import io.insidergraph.neo4j.CypherResources;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * The whole graph's role network, streamed: every entity holding or granting a role, then every role edge, read
 * from the database as they are consumed, in one transaction so that every edge's ends are among the nodes.
 */
@Component
public class RoleNetworkReader {

    private static final String NODES = CypherResources.load("queries/role-network-nodes.cypher");
    private static final String EDGES = CypherResources.load("queries/role-network-edges.cypher");

    private final GraphReads reads;

    RoleNetworkReader(GraphReads reads) {
        this.reads = reads;
    }

    /**
     * Hands {@code work} the nodes and the edges of the role network of {@code roles} (every role when empty), valid
     * until it returns: the nodes must be read before the edges (the edges' statement starts when they are first
     * read, after the nodes' result is consumed, so the driver never buffers one result behind the other).
     *
     * @param limit the longest the read may take, null for no limit
     */
    public <T> T read(Collection<Role> roles, @Nullable Duration limit,
            BiFunction<Stream<NetworkNode>, Stream<NetworkEdge>, T> work) {
        var params = Props.of("types", Role.types(roles));
        return reads.once(limit, tx -> {
            var nodes = tx.run(NODES, params).stream().map(row -> {
                var cik = row.get("cik").asString();
                var name = row.get("name").asString(cik);
                boolean company = row.get("company").asBoolean();
                var label = company ? name : row.get("displayName").asString(name);
                return new NetworkNode(cik, cik, label, company ? "Company" : "Person", null);
            });
            Stream<NetworkEdge> edges = StreamSupport.stream(
                    () -> tx.run(EDGES, params).stream().map(row -> NetworkEdge.of(row.get("edge"))).spliterator(),
                    Spliterator.ORDERED | Spliterator.NONNULL, false);
            return work.apply(nodes, edges);
        });
    }
}
