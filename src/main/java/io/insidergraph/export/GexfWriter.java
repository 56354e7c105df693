package io.insidergraph.export;

import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;

/**
 * GEXF 1.3: a dynamic graph (dates, intervals) when the network is timed, each edge's spells (a role's since..until)
 * as {@code <spells>} so that Gephi's timeline shows who held which seat when. Written with StAX because
 * jgrapht-io's GEXFExporter writes GEXF 1.2draft only, with no dynamics: no spells, no time format, no mode. The
 * graph's own values (GEXF has no graph attributes) go into the {@code <meta>} description.
 */
final class GexfWriter implements NetworkWriter {

    static final String NAMESPACE = "http://gexf.net/1.3";

    @Override
    public void write(NetworkExport network, OutputStream out) throws IOException {
        try (var xml = new XmlOut(out)) {
            xml.root("gexf", NAMESPACE, "http://gexf.net/1.3/gexf.xsd", "version", "1.3");
            xml.start("meta").text("creator", "insidergraph").text("description", description(network)).end();
            var graph = new ArrayList<>(List.of("defaultedgetype", network.directed() ? "directed" : "undirected"));
            if (network.timed()) {
                graph.addAll(List.of("mode", "dynamic", "timeformat", "date", "timerepresentation", "interval"));
            }
            else {
                graph.addAll(List.of("mode", "static"));
            }
            xml.start("graph", graph.toArray(String[]::new));
            declare(xml, "node", network.nodeAttributes());
            declare(xml, "edge", network.edgeAttributes());
            xml.start("nodes");
            for (var node : (Iterable<ExportNode>) network.nodes()::iterator) {
                xml.start("node", "id", node.id(), "label", node.label());
                values(xml, network.nodeAttributes(), node.values());
                spells(xml, node.spells());
                xml.end();
            }
            xml.end().start("edges");
            for (var edge : (Iterable<ExportEdge>) network.edges()::iterator) {
                var attributes = new ArrayList<>(List.of("id", edge.id(), "source", edge.source(), "target",
                        edge.target(), "label", edge.label()));
                if (edge.weight() != null) {
                    attributes.addAll(List.of("weight", Values.text(edge.weight())));
                }
                xml.start("edge", attributes.toArray(String[]::new));
                values(xml, network.edgeAttributes(), edge.values());
                spells(xml, edge.spells());
                xml.end();
            }
            xml.end().end().end();
        }
    }

    private static String description(NetworkExport network) {
        var text = new StringBuilder(network.name());
        for (var attribute : network.graphAttributes()) {
            var value = network.graphValues().get(attribute.name());
            if (value != null) {
                text.append("; ").append(attribute.name()).append(": ").append(Values.text(value));
            }
        }
        return text.toString();
    }

    private static void declare(XmlOut xml, String kind, List<Attribute> attributes) throws IOException {
        if (attributes.isEmpty()) {
            return;
        }
        xml.start("attributes", "class", kind);
        for (var attribute : attributes) {
            xml.empty("attribute", "id", attribute.name(), "title", attribute.name(), "type", type(attribute.type()));
        }
        xml.end();
    }

    private static void values(XmlOut xml, List<Attribute> attributes, Map<String, @Nullable Object> values)
            throws IOException {
        var present = attributes.stream().filter(attribute -> values.get(attribute.name()) != null).toList();
        if (present.isEmpty()) {
            return;
        }
        xml.start("attvalues");
        for (var attribute : present) {
            xml.empty("attvalue", "for", attribute.name(), "value", value(values.get(attribute.name())));
        }
        xml.end();
    }

    private static void spells(XmlOut xml, List<Spell> spells) throws IOException {
        if (spells.isEmpty()) {
            return;
        }
        xml.start("spells");
        for (var spell : spells) {
            var ends = new ArrayList<String>();
            if (spell.start() != null) {
                ends.addAll(List.of("start", spell.start().toString()));
            }
            if (spell.end() != null) {
                ends.addAll(List.of("end", spell.end().toString()));
            }
            xml.empty("spell", ends.toArray(String[]::new));
        }
        xml.end();
    }

    /** Lists in GEXF's notation, [a, b], each item quoted when it holds a comma, bracket or quote. */
    private static String value(@Nullable Object value) {
        if (value instanceof List<?> list) {
            return "[" + String.join(", ", list.stream().map(item -> quoted(Values.text(item))).toList()) + "]";
        }
        return Values.text(value == null ? "" : value);
    }

    private static String quoted(String item) {
        if (!item.matches(".*[,\\[\\]'\"].*")) {
            return item;
        }
        return item.contains("'") ? "\"" + item.replace("\"", "") + "\"" : "'" + item + "'";
    }

    private static String type(AttributeType type) {
        return switch (type) {
            case BOOLEAN -> "boolean";
            case INTEGER -> "integer";
            case DOUBLE -> "double";
            case STRING_LIST -> "liststring";
            // GEXF 1.3's schema has no date attribute type; dates also appear as spells
            case STRING, DATE -> "string";
        };
    }
}
