package io.insidergraph.graph;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

import io.insidergraph.neo4j.CypherResources;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/** The network of role edges: interlocking companies, shortest chains, and neighbourhoods for drawing. */
@Component
public class NetworkQueries {

    /** The bound written into shortest-path.cypher; the API caps maxHops at or below it. */
    public static final int MAX_PATH_HOPS = 8;

    private static final String INTERLOCKS = CypherResources.load("queries/interlocks.cypher");
    private static final String SHORTEST_PATH = CypherResources.load("queries/shortest-path.cypher");
    private static final String HOP = CypherResources.load("queries/neighborhood-hop.cypher");
    private static final String GRAPH = CypherResources.load("queries/neighborhood-graph.cypher");

    private final GraphReads reads;
    private final EntityQueries entities;

    NetworkQueries(GraphReads reads, EntityQueries entities) {
        this.reads = reads;
        this.entities = entities;
    }

    /** Companies sharing insiders of {@code role} with company {@code cik}, both spells held on asOf if given. */
    public List<Interlock> interlocks(String cik, Role role, Tenure tenure) {
        var params = tenure.parameters();
        params.put("cik", cik);
        params.put("type", role.relationshipType());
        return reads.read(INTERLOCKS, params, result -> result.list(row -> new Interlock(
                Props.company(row.get("other")), row.get("shared").asList(Props::entity))));
    }

    /**
     * The shortest chain of role edges between two entities within maxHops, if any; the tenure's grace period
     * decides the {@code until} its edges show.
     */
    public Optional<NetworkPath> shortestPath(String fromCik, String toCik, int maxHops, Tenure tenure) {
        if (maxHops < 0 || maxHops > MAX_PATH_HOPS) {
            throw new InvalidQueryException("maxHops must be between 0 and " + MAX_PATH_HOPS + ", was " + maxHops);
        }
        if (fromCik.equals(toCik)) {
            return entities.byCik(fromCik).map(e -> new NetworkPath(List.of(NetworkNode.of(e, 0)), List.of(), 0));
        }
        if (maxHops == 0) {
            return Optional.empty();
        }
        var params = Props.of("fromCik", fromCik, "toCik", toCik, "maxHops", maxHops);
        return reads.read(SHORTEST_PATH, params, result -> {
            if (!result.hasNext()) {
                return Optional.empty();
            }
            var row = result.next();
            var nodes = new ArrayList<NetworkNode>();
            var pathNodes = row.get("nodes").asList(Props::entity);
            for (int i = 0; i < pathNodes.size(); i++) {
                nodes.add(NetworkNode.of(pathNodes.get(i), i));
            }
            var newest = Props.date(row, "newest");
            var edges = row.get("edges").asList(edge -> NetworkEdge.of(edge, tenure, newest));
            return Optional.of(new NetworkPath(nodes, edges, edges.size()));
        });
    }

    /**
     * The entities within {@code hops} role edges of {@code cik} and the edges between them, breadth first: nearer
     * entities are kept before farther ones, and within one distance by CIK, until {@code limit} nodes (the centre
     * always). One statement per hop and one for the graph, each an index lookup per frontier entity. Empty when
     * there is no entity {@code cik}.
     */
    public Optional<Network> neighborhood(String cik, int hops, Collection<Role> roles, Tenure tenure, int limit) {
        var types = Role.types(roles);
        var distance = new LinkedHashMap<String, Integer>();
        distance.put(cik, 0);
        boolean truncated = false;
        var frontier = List.of(cik);
        for (int hop = 1; hop <= hops && !frontier.isEmpty() && !truncated; hop++) {
            var step = tenure.parameters();
            step.put("frontier", frontier);
            step.put("types", types);
            var found = reads.read(HOP, step,
                    result -> result.list(row -> row.get("cik").asString()));
            var next = found.stream().filter(c -> !distance.containsKey(c)).distinct().sorted().toList();
            int room = limit - distance.size();
            if (next.size() > room) {
                next = next.subList(0, Math.max(room, 0));
                truncated = true;
            }
            for (var c : next) {
                distance.put(c, hop);
            }
            frontier = next;
        }
        var network = graph(distance.keySet(), types, tenure, distance::get);
        if (network.nodes().stream().noneMatch(node -> node.cik().equals(cik))) {
            return Optional.empty();
        }
        var nodes = network.nodes().stream()
                .sorted((a, b) -> a.hops().equals(b.hops()) ? a.cik().compareTo(b.cik()) : a.hops() - b.hops())
                .toList();
        return Optional.of(new Network(nodes, uniqueIds(network.edges()), truncated));
    }

    /**
     * Edges sorted by id, each spell after the first of the same insider, role and company told apart by
     * {@code @since}.
     */
    static List<NetworkEdge> uniqueIds(List<NetworkEdge> edges) {
        var sorted = new ArrayList<>(edges);
        sorted.sort(Comparator.comparing(NetworkEdge::id).thenComparing(NetworkEdge::since,
                Comparator.nullsFirst(Comparator.naturalOrder())));
        var unique = new ArrayList<NetworkEdge>(sorted.size());
        for (int i = 0; i < sorted.size(); i++) {
            var edge = sorted.get(i);
            boolean later = i > 0 && sorted.get(i - 1).id().equals(edge.id());
            unique.add(later ? edge.withId(edge.id() + "@" + edge.since()) : edge);
        }
        return unique;
    }

    /**
     * The entities of {@code ciks} that exist (by CIK) and every role edge (spell) of {@code roles} (held by the
     * tenure's rule) between two of them: a view a client assembled from several neighbourhoods, redrawn as one
     * network.
     */
    public Network subgraph(Collection<String> ciks, Collection<Role> roles, Tenure tenure) {
        var network = graph(new LinkedHashSet<>(ciks), Role.types(roles), tenure, cik -> null);
        var nodes = network.nodes().stream().sorted(Comparator.comparing(NetworkNode::cik)).toList();
        return new Network(nodes, uniqueIds(network.edges()), false);
    }

    /** The nodes of {@code ciks} with their distance, and the edges among them. */
    private Network graph(Collection<String> ciks, List<String> types, Tenure tenure,
            Function<String, @Nullable Integer> hops) {
        var kept = new HashSet<>(ciks);
        var params = tenure.parameters();
        params.put("ciks", List.copyOf(ciks));
        params.put("types", types);
        return reads.read(GRAPH, params, result -> {
            var nodes = new ArrayList<NetworkNode>();
            var edges = new ArrayList<NetworkEdge>();
            result.forEachRemaining(row -> {
                var entity = Props.entity(row.get("a"));
                var newest = Props.date(row, "newest");
                nodes.add(NetworkNode.of(entity, hops.apply(entity.cik())));
                row.get("edges").asList(v -> v).stream()
                        .filter(edge -> !edge.get("type").isNull() && kept.contains(edge.get("target").asString()))
                        .map(edge -> NetworkEdge.of(edge, tenure, newest)).forEach(edges::add);
            });
            return new Network(nodes, edges, false);
        });
    }

}
