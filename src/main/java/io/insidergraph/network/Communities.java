package io.insidergraph.network;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

import nl.cwts.networkanalysis.Clustering;
import nl.cwts.networkanalysis.LeidenAlgorithm;
import nl.cwts.networkanalysis.Network;
import nl.cwts.util.LargeDoubleArray;
import nl.cwts.util.LargeIntArray;
import org.jgrapht.Graph;
import org.jgrapht.alg.clustering.UndirectedModularityMeasurer;
import org.jgrapht.graph.DefaultWeightedEdge;

/**
 * Communities maximising weighted modularity (resolution 1), by CWTS's Leiden algorithm, set up for modularity as
 * CWTS's own command line does it (node weights = weighted degrees, resolution 1 / (2 × total edge weight)). The
 * same graph always gives the same communities: nodes are numbered in CIK order, edges in order, the random starts
 * have fixed seeds, and the best start is kept; communities are numbered largest first, then by their first CIK.
 * The modularity reported is JGraphT's measure of the partition, NetworkX's definition.
 */
final class Communities {

    private static final int RANDOM_STARTS = 4;
    private static final int ITERATIONS = 10;
    private static final long SEED = 20250106L;

    /** The community of each node, and the modularity of the partition. */
    record Partition(Map<String, Integer> community, int count, double modularity) {
    }

    private Communities() {
    }

    /** The graph's nodes must come in CIK order (they are numbered by it). */
    static Partition of(Graph<String, DefaultWeightedEdge> graph) {
        var nodes = new ArrayList<>(graph.vertexSet());
        if (graph.edgeSet().isEmpty()) {
            var community = new HashMap<String, Integer>();
            for (int i = 0; i < nodes.size(); i++) {
                community.put(nodes.get(i), i);
            }
            return new Partition(community, nodes.size(), 0.0);
        }
        var index = new HashMap<String, Integer>();
        for (int i = 0; i < nodes.size(); i++) {
            index.put(nodes.get(i), i);
        }
        int edgeCount = graph.edgeSet().size();
        var from = new int[edgeCount];
        var to = new int[edgeCount];
        var weights = new double[edgeCount];
        int e = 0;
        for (var edge : graph.edgeSet()) {
            from[e] = index.get(graph.getEdgeSource(edge));
            to[e] = index.get(graph.getEdgeTarget(edge));
            weights[e] = graph.getEdgeWeight(edge);
            e++;
        }
        var network = new Network(nodes.size(), true, new LargeIntArray[] {new LargeIntArray(from),
                new LargeIntArray(to)}, new LargeDoubleArray(weights), false, true);
        double resolution = 1.0 / (2 * network.getTotalEdgeWeight() + network.getTotalEdgeWeightSelfLinks());
        var random = new Random(SEED);
        var algorithm = new LeidenAlgorithm(resolution, ITERATIONS, LeidenAlgorithm.DEFAULT_RANDOMNESS, random);
        Clustering best = null;
        double bestQuality = Double.NEGATIVE_INFINITY;
        for (int start = 0; start < RANDOM_STARTS; start++) {
            var clustering = new Clustering(nodes.size());
            algorithm.improveClustering(network, clustering);
            double quality = algorithm.calcQuality(network, clustering);
            if (quality > bestQuality) {
                best = clustering;
                bestQuality = quality;
            }
        }
        var groups = new HashMap<Integer, List<Integer>>();
        for (int i = 0; i < nodes.size(); i++) {
            groups.computeIfAbsent(best.getCluster(i), c -> new ArrayList<>()).add(i);
        }
        var ordered = new ArrayList<>(groups.values());
        ordered.sort(Comparator.comparing((List<Integer> group) -> -group.size()).thenComparing(List::getFirst));
        var community = new HashMap<String, Integer>();
        var sets = new ArrayList<Set<String>>();
        for (int c = 0; c < ordered.size(); c++) {
            var set = new HashSet<String>();
            for (int i : ordered.get(c)) {
                community.put(nodes.get(i), c);
                set.add(nodes.get(i));
            }
            sets.add(set);
        }
        return new Partition(community, ordered.size(), new UndirectedModularityMeasurer<>(graph).modularity(sets));
    }
}
