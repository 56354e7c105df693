package io.insidergraph.graph;

import java.util.List;

/** A subgraph for drawing; {@code truncated} when the node limit left reachable nodes out. */
public record Network(List<NetworkNode> nodes, List<NetworkEdge> edges, boolean truncated) {
}
