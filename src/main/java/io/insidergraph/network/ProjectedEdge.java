package io.insidergraph.network;

import java.util.List;

import io.insidergraph.graph.Entity;

/**
 * An edge of a projected network, {@code source} before {@code target} by CIK: {@code weight} how many partners
 * they share ({@code shared}: the insiders two companies share, or the companies two insiders share, by CIK).
 */
public record ProjectedEdge(String id, String source, String target, int weight, List<Entity> shared) {

    public ProjectedEdge {
        shared = List.copyOf(shared);
    }
}
