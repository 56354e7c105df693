package io.insidergraph.network;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The one-mode projection of insider-company pairs: for the board network the companies (joined by the insiders
 * they share), for the people network the insiders (joined by the companies they share), an edge where they share
 * at least {@code minShared}. Nodes without an edge are left out. Past {@code limit} nodes, the nodes of highest
 * weighted degree are kept (then by CIK), with the edges among them.
 *
 * @param nodes     the CIKs of the nodes, in order
 * @param edges     source before target (by CIK), in order of source then target
 * @param truncated whether the limit left nodes out
 */
record Projection(List<String> nodes, List<Edge> edges, boolean truncated) {

    /** Two nodes and the partners they share, by CIK. */
    record Edge(String source, String target, List<String> shared) {

        int weight() {
            return shared.size();
        }
    }

    /** An insider holding the role at a company. */
    record Pair(String insider, String company) {
    }

    /**
     * Projects the pairs; {@code maxPairs} bounds the work (the node pairs that sharing partners make, before
     * {@code minShared}), past which the request is refused with the limit named.
     */
    static Projection of(NetworkKind kind, List<Pair> pairs, int minShared, int limit, long maxPairs) {
        var byPartner = new TreeMap<String, TreeSet<String>>();
        for (var pair : pairs) {
            var partner = kind == NetworkKind.BOARD ? pair.insider() : pair.company();
            var node = kind == NetworkKind.BOARD ? pair.company() : pair.insider();
            byPartner.computeIfAbsent(partner, p -> new TreeSet<>()).add(node);
        }
        long work = 0;
        for (var nodes : byPartner.values()) {
            work += (long) nodes.size() * (nodes.size() - 1) / 2;
        }
        if (work > maxPairs) {
            throw new NetworkTooLargeException("The network would join " + work + " pairs of nodes, more than "
                    + maxPairs + " (insidergraph.network.max-pairs); narrow it with asOf, from/to or another role");
        }
        var shared = new HashMap<String, Map<String, List<String>>>();
        byPartner.forEach((partner, nodes) -> {
            var list = List.copyOf(nodes);
            for (int i = 0; i < list.size(); i++) {
                var bySource = shared.computeIfAbsent(list.get(i), s -> new HashMap<>());
                for (int j = i + 1; j < list.size(); j++) {
                    bySource.computeIfAbsent(list.get(j), t -> new ArrayList<>()).add(partner);
                }
            }
        });
        var edges = new ArrayList<Edge>();
        var weightedDegree = new HashMap<String, Long>();
        shared.forEach((source, targets) -> targets.forEach((target, partners) -> {
            if (partners.size() >= minShared) {
                edges.add(new Edge(source, target, List.copyOf(partners)));
                weightedDegree.merge(source, (long) partners.size(), Long::sum);
                weightedDegree.merge(target, (long) partners.size(), Long::sum);
            }
        }));
        var nodes = new ArrayList<>(weightedDegree.keySet());
        boolean truncated = nodes.size() > limit;
        if (truncated) {
            nodes.sort(Comparator.comparing((String cik) -> -weightedDegree.get(cik)).thenComparing(cik -> cik));
            var kept = new HashSet<>(nodes.subList(0, limit));
            edges.removeIf(edge -> !kept.contains(edge.source()) || !kept.contains(edge.target()));
            // a kept node whose every edge went to a node left out has none left
            var ends = new HashSet<String>();
            edges.forEach(edge -> {
                ends.add(edge.source());
                ends.add(edge.target());
            });
            nodes = new ArrayList<>(ends);
        }
        nodes.sort(null);
        edges.sort(Comparator.comparing(Edge::source).thenComparing(Edge::target));
        return new Projection(List.copyOf(nodes), List.copyOf(edges), truncated);
    }

    /** The partners the edges share, for looking their names up. */
    Set<String> partners() {
        var partners = new HashSet<String>();
        edges.forEach(edge -> partners.addAll(edge.shared()));
        return partners;
    }
}
