package io.insidergraph.export;

import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;

/**
 * GraphML with a typed {@code <key>} per attribute (boolean, int, double, string; dates as ISO text and lists as
 * text joined by "; ", since GraphML has neither) and the graph's own values as {@code <data>} of its
 * {@code <graph>}. Written with StAX rather than jgrapht-io's GraphMLExporter, which writes no graph-level data (a
 * neighbourhood's {@code truncated} would be lost) and walks an in-memory JGraphT graph, so that the whole role
 * network could not be streamed from the database.
 */
final class GraphMlWriter implements NetworkWriter {

    static final String NAMESPACE = "http://graphml.graphdrawing.org/xmlns";

    private static final List<Attribute> LABEL = List.of(Attribute.string("label"));
    private static final List<Attribute> WEIGHT = List.of(Attribute.decimal("weight"));

    @Override
    public void write(NetworkExport network, OutputStream out) throws IOException {
        try (var xml = new XmlOut(out)) {
            xml.root("graphml", NAMESPACE, "http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd");
            keys(xml, "graph", network.graphAttributes());
            keys(xml, "node", LABEL);
            keys(xml, "node", network.nodeAttributes());
            keys(xml, "edge", network.weighted() ? WEIGHT : List.of());
            keys(xml, "edge", network.edgeAttributes());
            xml.start("graph", "id", network.name(), "edgedefault", network.directed() ? "directed" : "undirected");
            data(xml, "graph", network.graphAttributes(), network.graphValues());
            for (var node : (Iterable<ExportNode>) network.nodes()::iterator) {
                xml.start("node", "id", node.id());
                xml.text("data", node.label(), "key", key("node", "label"));
                data(xml, "node", network.nodeAttributes(), node.values());
                xml.end();
            }
            for (var edge : (Iterable<ExportEdge>) network.edges()::iterator) {
                xml.start("edge", "id", edge.id(), "source", edge.source(), "target", edge.target());
                if (edge.weight() != null) {
                    xml.text("data", Values.text(edge.weight()), "key", key("edge", "weight"));
                }
                data(xml, "edge", network.edgeAttributes(), edge.values());
                xml.end();
            }
            xml.end().end();
        }
    }

    private static void keys(XmlOut xml, String kind, List<Attribute> attributes) throws IOException {
        for (var attribute : attributes) {
            xml.empty("key", "id", key(kind, attribute.name()), "for", kind, "attr.name", attribute.name(),
                    "attr.type", type(attribute.type()));
        }
    }

    private static void data(XmlOut xml, String kind, List<Attribute> attributes,
            Map<String, @Nullable Object> values) throws IOException {
        for (var attribute : attributes) {
            var value = values.get(attribute.name());
            if (value != null) {
                xml.text("data", Values.text(value), "key", key(kind, attribute.name()));
            }
        }
    }

    /** Key ids are unique per kind, so a node and an edge attribute may share a name. */
    private static String key(String kind, String name) {
        return kind.charAt(0) + "_" + name;
    }

    private static String type(AttributeType type) {
        return switch (type) {
            case BOOLEAN -> "boolean";
            case INTEGER -> "int";
            case DOUBLE -> "double";
            case STRING, DATE, STRING_LIST -> "string";
        };
    }
}
