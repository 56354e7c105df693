package io.insidergraph.graph;

import java.util.List;

/** A chain of role edges between two entities, nodes in order from the start; length is the number of edges. */
public record NetworkPath(List<NetworkNode> nodes, List<NetworkEdge> edges, int length) {
}
