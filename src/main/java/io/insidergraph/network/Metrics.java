package io.insidergraph.network;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.jgrapht.Graph;
import org.jgrapht.alg.connectivity.ConnectivityInspector;
import org.jgrapht.alg.interfaces.ShortestPathAlgorithm;
import org.jgrapht.alg.scoring.BetweennessCentrality;
import org.jgrapht.alg.scoring.ClosenessCentrality;
import org.jgrapht.alg.scoring.ClusteringCoefficient;
import org.jgrapht.alg.scoring.Coreness;
import org.jgrapht.alg.scoring.EigenvectorCentrality;
import org.jgrapht.alg.scoring.PageRank;
import org.jgrapht.alg.shortestpath.BFSShortestPath;
import org.jgrapht.graph.AsSubgraph;
import org.jgrapht.graph.AsUnweightedGraph;
import org.jgrapht.graph.DefaultUndirectedWeightedGraph;
import org.jgrapht.graph.DefaultWeightedEdge;

/**
 * The node metrics of a projected network, computed by JGraphT with inputs and normalisation set so that each is
 * NetworkX 3's default (checked against NetworkX in BoardNetworkIT):
 * <ul>
 * <li>betweenness: JGraphT's unnormalised betweenness on the unweighted graph counts each unordered pair once;
 * NetworkX normalises pairs counted both ways by 1/((n-1)(n-2)), so the score is multiplied by 2/((n-1)(n-2)).
 * <li>closeness: JGraphT gives 0 to every node of a disconnected graph; NetworkX (wf_improved) takes
 * (r-1)/(sum of distances) within the node's component of r nodes, times (r-1)/(n-1). So JGraphT's normalised
 * closeness runs per component, with breadth-first distances, and is scaled by (r-1)/(n-1).
 * <li>eigenvector: NetworkX iterates with A + I (which converges on bipartite components, where A alone
 * oscillates); JGraphT iterates with the adjacency of the graph it is given, so it gets the graph with a loop of
 * weight 1 on every node. Both normalise by the Euclidean norm.
 * <li>pageRank (alpha 0.85, weights, dangling nodes spread evenly), clustering (unweighted local coefficient) and
 * core number (unweighted) are the same definitions in both; PageRank and eigenvector iterate to a tolerance
 * tighter than NetworkX's, so they are at least as close to the limit.
 * </ul>
 */
final class Metrics {

    private static final int MAX_ITERATIONS = 1000;
    private static final double TOLERANCE = 1e-10;

    /** Every metric of every node, by node. */
    record Scores(Map<String, Double> betweenness, Map<String, Double> closeness, Map<String, Double> pageRank,
            Map<String, Double> eigenvector, Map<String, Double> clustering, Map<String, Integer> coreNumber) {
    }

    private Metrics() {
    }

    /** Every metric of the graph, each timed as a step of its own. */
    static Scores of(Graph<String, DefaultWeightedEdge> graph, NetworkSteps steps) {
        var unweighted = new AsUnweightedGraph<>(graph);
        // both shortest-path metrics work per connected component; find them once
        var components = new ConnectivityInspector<>(unweighted).connectedSets();
        return new Scores(steps.time("betweenness", () -> betweenness(unweighted, components)),
                steps.time("closeness", () -> closeness(unweighted, components)),
                steps.time("pageRank", () -> new PageRank<>(graph, PageRank.DAMPING_FACTOR_DEFAULT, MAX_ITERATIONS,
                        TOLERANCE).getScores()),
                steps.time("eigenvector", () -> new EigenvectorCentrality<>(withLoops(graph), MAX_ITERATIONS,
                        TOLERANCE).getScores()),
                steps.time("clustering", () -> new ClusteringCoefficient<>(graph).getScores()),
                steps.time("coreNumber", () -> new Coreness<>(graph).getScores()));
    }

    /**
     * Per connected component: a shortest path never leaves its component, so each component's scores are the
     * whole graph's (normalised by the whole graph's n), and JGraphT's search from every node then covers that
     * node's component instead of the whole graph (on the 1,000,000-filing bench store, 4,213 companies in 1,062
     * components: 3.7 s for the graph at once). A component of one or two nodes has no node between others.
     */
    private static Map<String, Double> betweenness(Graph<String, DefaultWeightedEdge> unweighted,
            List<Set<String>> components) {
        int n = unweighted.vertexSet().size();
        double scale = n > 2 ? 2.0 / ((double) (n - 1) * (n - 2)) : 1.0;
        var scores = new HashMap<String, Double>();
        for (var component : components) {
            if (component.size() <= 2) {
                component.forEach(node -> scores.put(node, 0.0));
                continue;
            }
            new BetweennessCentrality<>(new AsSubgraph<>(unweighted, component), false).getScores()
                    .forEach((node, score) -> scores.put(node, score * scale));
        }
        return scores;
    }

    private static Map<String, Double> closeness(Graph<String, DefaultWeightedEdge> unweighted,
            List<Set<String>> components) {
        int n = unweighted.vertexSet().size();
        var scores = new HashMap<String, Double>();
        for (var component : components) {
            int r = component.size();
            if (r == 1 || n == 1) {
                component.forEach(node -> scores.put(node, 0.0));
                continue;
            }
            double scale = (r - 1.0) / (n - 1.0);
            new BreadthFirstCloseness(new AsSubgraph<>(unweighted, component)).getScores()
                    .forEach((node, score) -> scores.put(node, score * scale));
        }
        return scores;
    }

    /** The graph plus a loop of weight 1 on every node: its adjacency matrix is A + I. */
    private static Graph<String, DefaultWeightedEdge> withLoops(Graph<String, DefaultWeightedEdge> graph) {
        var copy = new DefaultUndirectedWeightedGraph<String, DefaultWeightedEdge>(DefaultWeightedEdge.class);
        graph.vertexSet().forEach(copy::addVertex);
        for (var edge : graph.edgeSet()) {
            copy.setEdgeWeight(copy.addEdge(graph.getEdgeSource(edge), graph.getEdgeTarget(edge)),
                    graph.getEdgeWeight(edge));
        }
        graph.vertexSet().forEach(node -> copy.setEdgeWeight(copy.addEdge(node, node), 1.0));
        return copy;
    }

    /** JGraphT's closeness with breadth-first distances (its default is Dijkstra, for weighted graphs). */
    private static final class BreadthFirstCloseness extends ClosenessCentrality<String, DefaultWeightedEdge> {

        BreadthFirstCloseness(Graph<String, DefaultWeightedEdge> graph) {
            super(graph, false, true);
        }

        @Override
        protected ShortestPathAlgorithm<String, DefaultWeightedEdge> getShortestPathAlgorithm() {
            return new BFSShortestPath<>(graph);
        }
    }
}
