package io.insidergraph.export;

import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.jspecify.annotations.Nullable;

/**
 * A network as every format writes it: what it is, the declared attributes of the graph, its nodes and its edges,
 * then the nodes and the edges, each read once and in that order, so that they may come straight from a database
 * cursor (a writer holds nothing but the element it is writing).
 *
 * @param name what the network is, for file names and graph labels, e.g. "neighborhood-0001318605"
 * @param directed whether edges point from source to target (insider to company); else undirected
 * @param weighted whether edges carry a weight, written in each format's own weight field
 * @param timed whether edges (and nodes) carry spells, so that GEXF declares a dynamic graph
 * @param graphValues values of {@code graphAttributes}, e.g. truncated, length, modularity
 * @param nodes read once, before {@code edges}
 * @param edges read once, after {@code nodes}
 */
public record NetworkExport(String name, boolean directed, boolean weighted, boolean timed,
        List<Attribute> graphAttributes, Map<String, @Nullable Object> graphValues, List<Attribute> nodeAttributes,
        List<Attribute> edgeAttributes, Stream<ExportNode> nodes, Stream<ExportEdge> edges) {
}
