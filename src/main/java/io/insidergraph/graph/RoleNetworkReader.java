package io.insidergraph.graph;

import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.function.BiFunction;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

import io.insidergraph.neo4j.CypherResources;
import org.jspecify.annotations.Nullable;
import org.neo4j.driver.Record;
import org.springframework.stereotype.Component;

/**
 * The whole graph's role network, streamed: every entity holding or granting a role, then every role edge (one per
 * spell), read from the database as they are consumed, in one transaction so that every edge's ends are among the
 * nodes. Edges come grouped by insider, and only one insider's edges are held at a time (to give each spell after
 * the first of the same role and company its own id, as the neighbourhood does).
 */
@Component
public class RoleNetworkReader {

    private static final String NODES = CypherResources.load("queries/role-network-nodes.cypher");
    private static final String EDGES = CypherResources.load("queries/role-network-edges.cypher");

    private final GraphReads reads;
    private final TenureSettings tenure;

    RoleNetworkReader(GraphReads reads, TenureSettings tenure) {
        this.reads = reads;
        this.tenure = tenure;
    }

    /**
     * Hands {@code work} the nodes and the edges of the role network of {@code roles} (every role when empty), valid
     * until it returns: the nodes must be read before the edges (the edges' statement starts when they are first
     * read, after the nodes' result is consumed, so the driver never buffers one result behind the other). Each
     * open spell's end is its last report plus the configured grace period.
     *
     * @param limit the longest the read may take, null for no limit
     */
    public <T> T read(Collection<Role> roles, @Nullable Duration limit,
            BiFunction<Stream<NetworkNode>, Stream<NetworkEdge>, T> work) {
        var params = Props.of("types", Role.types(roles));
        var spells = Tenure.on(null, tenure.graceDays());
        return reads.once(limit, tx -> {
            var nodes = tx.run(NODES, params).stream().map(RoleNetworkReader::node);
            Stream<NetworkEdge> edges = StreamSupport.stream(() -> Spliterators.spliteratorUnknownSize(
                    new ByInsider(tx.run(EDGES, params).stream().iterator(), spells), Spliterator.ORDERED),
                    Spliterator.ORDERED | Spliterator.NONNULL, false);
            return work.apply(nodes, edges);
        });
    }

    private static NetworkNode node(Record row) {
        var cik = row.get("cik").asString();
        var name = row.get("name").asString(cik);
        boolean company = row.get("company").asBoolean();
        var label = company ? name : row.get("displayName").asString(name);
        return new NetworkNode(cik, cik, label, company ? "Company" : "Person", null);
    }

    /** The edges of one insider at a time, with ids made unique among them. */
    private static final class ByInsider implements Iterator<NetworkEdge> {

        private final Iterator<Record> rows;
        private final Tenure tenure;
        private final ArrayDeque<NetworkEdge> ready = new ArrayDeque<>();
        private @Nullable NetworkEdge pending;

        ByInsider(Iterator<Record> rows, Tenure tenure) {
            this.rows = rows;
            this.tenure = tenure;
        }

        @Override
        public boolean hasNext() {
            if (ready.isEmpty()) {
                fill();
            }
            return !ready.isEmpty();
        }

        @Override
        public NetworkEdge next() {
            if (!hasNext()) {
                throw new NoSuchElementException();
            }
            return ready.removeFirst();
        }

        private void fill() {
            var group = new ArrayList<NetworkEdge>();
            if (pending != null) {
                group.add(pending);
                pending = null;
            }
            while (rows.hasNext()) {
                var row = rows.next();
                var edge = NetworkEdge.of(row.get("edge"), tenure, Props.date(row, "newest"));
                if (!group.isEmpty() && !group.getFirst().source().equals(edge.source())) {
                    pending = edge;
                    break;
                }
                group.add(edge);
            }
            ready.addAll(NetworkQueries.uniqueIds(group));
        }
    }
}
