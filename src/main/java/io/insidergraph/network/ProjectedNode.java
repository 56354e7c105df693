package io.insidergraph.network;

/**
 * A node of a projected network with its metrics, each NetworkX 3's default on the undirected graph with
 * {@code weight} as edge weight: {@code degree} and {@code weightedDegree} ({@code G.degree}, with and without
 * weight), {@code betweenness} and {@code closeness} (unweighted, normalised), {@code pageRank} (alpha 0.85,
 * weighted), {@code eigenvector} (weighted), {@code clustering} (unweighted), {@code coreNumber}; {@code community}
 * numbers the communities from 0, largest first.
 */
public record ProjectedNode(String id, String label, String kind, int degree, long weightedDegree,
        double betweenness, double closeness, double pageRank, double eigenvector, double clustering, int coreNumber,
        int community) {
}
