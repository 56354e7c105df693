package io.insidergraph.network;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.insidergraph.graph.BusyInsider;
import io.insidergraph.graph.Company;
import io.insidergraph.graph.Entity;
import io.insidergraph.graph.EntityQueries;
import io.insidergraph.graph.GraphVersion;
import io.insidergraph.graph.Person;
import io.insidergraph.graph.Role;
import io.insidergraph.graph.RosterQueries;
import io.insidergraph.graph.Tenure;
import io.micrometer.core.instrument.MeterRegistry;
import org.jgrapht.Graph;
import org.jgrapht.graph.DefaultUndirectedWeightedGraph;
import org.jgrapht.graph.DefaultWeightedEdge;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.stereotype.Service;

/**
 * Board and people networks with their metrics and communities, and busy insiders. Each answer is cached per
 * arguments and {@link GraphVersion}, so a repeated request costs one count-store read; the same arguments asked at
 * once are computed once.
 */
@Service
@EnableConfigurationProperties(NetworkSettings.class)
public class NetworkService {

    /** A cache key: the request and the graph it was answered on. */
    private record Key(Object request, GraphVersion.Version version) {
    }

    /** The arguments of a busy-insiders request. */
    private record BusyRequest(Role role, Tenure tenure, int minCompanies, int first) {
    }

    private final ProjectionQueries projections;
    private final RosterQueries roster;
    private final EntityQueries entities;
    private final GraphVersion versions;
    private final NetworkSettings settings;
    private final Cache<Key, Object> answers;
    private final NetworkSteps steps;

    NetworkService(ProjectionQueries projections, RosterQueries roster, EntityQueries entities,
            GraphVersion versions, NetworkSettings settings, MeterRegistry meters) {
        this.steps = new NetworkSteps(meters);
        this.projections = projections;
        this.roster = roster;
        this.entities = entities;
        this.versions = versions;
        this.settings = settings;
        this.answers = Caffeine.newBuilder().maximumSize(settings.cacheSize())
                .expireAfterWrite(settings.cacheTtl()).build();
    }

    public NetworkSettings settings() {
        return settings;
    }

    /** The network of the request, with every metric and its communities. */
    public ProjectedNetwork network(NetworkRequest request) {
        if (request.limit() > settings.maxNodes()) {
            throw new NetworkTooLargeException("limit must be at most " + settings.maxNodes()
                    + " (insidergraph.network.max-nodes), was " + request.limit());
        }
        var version = versions.current();
        return (ProjectedNetwork) answers.get(new Key(request, version), key -> compute(request, version));
    }

    /** Insiders holding the role at {@code minCompanies} companies or more, most companies first. */
    @SuppressWarnings("unchecked")
    public List<BusyInsider> busyInsiders(Role role, Tenure tenure, int minCompanies, int first) {
        var request = new BusyRequest(role, tenure, minCompanies, first);
        return (List<BusyInsider>) answers.get(new Key(request, versions.current()),
                key -> roster.busyInsiders(role, tenure, minCompanies, first));
    }

    private ProjectedNetwork compute(NetworkRequest request, GraphVersion.Version version) {
        var pairs = steps.time("read", () -> projections.pairs(request.role(), request.tenure(), version));
        var projection = steps.time("projection", () -> Projection.of(request.kind(), pairs, request.minShared(),
                request.limit(), settings.maxPairs()));
        long work = (long) projection.nodes().size() * projection.edges().size();
        if (work > settings.maxWork()) {
            throw new NetworkTooLargeException("The network has " + projection.nodes().size() + " nodes and "
                    + projection.edges().size() + " edges: nodes x edges = " + work + " is more than "
                    + settings.maxWork() + " (insidergraph.network.max-work); lower limit, or narrow it with asOf, "
                    + "from/to or minShared");
        }
        var graph = steps.time("graph", () -> graph(projection));
        var scores = Metrics.of(graph, steps);
        var partition = steps.time("communities", () -> Communities.of(graph));
        var looked = new HashSet<>(projection.nodes());
        looked.addAll(projection.partners());
        Map<String, Entity> named = steps.time("names", () -> entities.byCiks(looked));
        var nodes = new ArrayList<ProjectedNode>(projection.nodes().size());
        for (var cik : projection.nodes()) {
            var entity = named.get(cik);
            long weightedDegree = 0;
            for (var edge : graph.edgesOf(cik)) {
                weightedDegree += (long) graph.getEdgeWeight(edge);
            }
            nodes.add(new ProjectedNode(cik, label(entity, cik), entity instanceof Company ? "Company" : "Person",
                    graph.degreeOf(cik), weightedDegree, scores.betweenness().get(cik), scores.closeness().get(cik),
                    scores.pageRank().get(cik), scores.eigenvector().get(cik), scores.clustering().get(cik),
                    scores.coreNumber().get(cik), partition.community().get(cik)));
        }
        var edges = projection.edges().stream().map(edge -> new ProjectedEdge(edge.source() + "-" + edge.target(),
                edge.source(), edge.target(), edge.weight(),
                edge.shared().stream().map(named::get).filter(e -> e != null).toList())).toList();
        return new ProjectedNetwork(nodes, edges, partition.modularity(), partition.count(), projection.truncated());
    }

    /** The projection as a JGraphT graph, nodes and edges in their order (CIK), weight the shared count. */
    private static Graph<String, DefaultWeightedEdge> graph(Projection projection) {
        var graph = new DefaultUndirectedWeightedGraph<String, DefaultWeightedEdge>(DefaultWeightedEdge.class);
        projection.nodes().forEach(graph::addVertex);
        for (var edge : projection.edges()) {
            graph.setEdgeWeight(graph.addEdge(edge.source(), edge.target()), edge.weight());
        }
        return graph;
    }

    private static String label(Entity entity, String cik) {
        return switch (entity) {
            case Person person -> person.displayName();
            case Company company -> company.name();
            case null -> cik;
        };
    }
}
