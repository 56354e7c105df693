package io.insidergraph.export;

import java.io.OutputStream;
/**
 * NetworkX's node-link JSON, as {@code networkx.node_link_graph(data)} reads it with its defaults (NetworkX 3.4 and
 * later: "nodes", "edges", "source", "target", "key"; the edge id is the key of a multigraph's parallel edges).
 * Streamed with Jackson's generator, one node or edge at a time.
 */
final class NodeLinkJsonWriter implements NetworkWriter {

    @Override
    public void write(NetworkExport network, OutputStream out) {
        try (var json = JsonValues.MAPPER.createGenerator(out)) {
            json.writeStartObject();
            json.writeBooleanProperty("directed", network.directed());
            json.writeBooleanProperty("multigraph", true);
            json.writeObjectPropertyStart("graph");
            json.writeStringProperty("name", network.name());
            JsonValues.write(json, network.graphAttributes(), network.graphValues());
            json.writeEndObject();
            json.writeArrayPropertyStart("nodes");
            network.nodes().forEachOrdered(node -> {
                json.writeStartObject();
                json.writeStringProperty("id", node.id());
                json.writeStringProperty("label", node.label());
                JsonValues.write(json, network.nodeAttributes(), node.values());
                json.writeEndObject();
            });
            json.writeEndArray();
            json.writeArrayPropertyStart("edges");
            network.edges().forEachOrdered(edge -> {
                json.writeStartObject();
                JsonValues.edge(json, network, edge);
                json.writeEndObject();
            });
            json.writeEndArray();
            json.writeEndObject();
        }
    }
}
