package io.insidergraph.network;

import java.util.List;

/**
 * A projected network with its metrics: nodes by CIK, edges by source and target; {@code modularity} of its
 * {@code communities} (NetworkX's weighted modularity, resolution 1), and {@code truncated} when the node limit left
 * nodes out (the metrics are those of the network returned).
 */
public record ProjectedNetwork(List<ProjectedNode> nodes, List<ProjectedEdge> edges, double modularity,
        int communities, boolean truncated) {

    public ProjectedNetwork {
        nodes = List.copyOf(nodes);
        edges = List.copyOf(edges);
    }
}
