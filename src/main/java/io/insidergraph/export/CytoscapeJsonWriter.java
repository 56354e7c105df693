package io.insidergraph.export;

import java.io.OutputStream;
/**
 * Cytoscape.js elements JSON ({@code cy.json({elements})}, Cytoscape desktop's .cyjs): every attribute in each
 * element's {@code data}; each node's data also holds {@code name} (Cytoscape desktop's label column) and
 * {@code value} (its id), which NetworkX's {@code cytoscape_graph} reads nodes by. Streamed with Jackson's generator.
 */
final class CytoscapeJsonWriter implements NetworkWriter {

    @Override
    public void write(NetworkExport network, OutputStream out) {
        try (var json = JsonValues.MAPPER.createGenerator(out)) {
            json.writeStartObject();
            json.writeObjectPropertyStart("data");
            json.writeStringProperty("name", network.name());
            JsonValues.write(json, network.graphAttributes(), network.graphValues());
            json.writeEndObject();
            json.writeBooleanProperty("directed", network.directed());
            json.writeBooleanProperty("multigraph", true);
            json.writeObjectPropertyStart("elements");
            json.writeArrayPropertyStart("nodes");
            network.nodes().forEachOrdered(node -> {
                json.writeStartObject();
                json.writeObjectPropertyStart("data");
                json.writeStringProperty("id", node.id());
                json.writeStringProperty("value", node.id());
                json.writeStringProperty("name", node.label());
                json.writeStringProperty("label", node.label());
                JsonValues.write(json, network.nodeAttributes(), node.values());
                json.writeEndObject();
                json.writeEndObject();
            });
            json.writeEndArray();
            json.writeArrayPropertyStart("edges");
            network.edges().forEachOrdered(edge -> {
                json.writeStartObject();
                json.writeObjectPropertyStart("data");
                json.writeStringProperty("id", edge.id());
                JsonValues.edge(json, network, edge);
                json.writeEndObject();
                json.writeEndObject();
            });
            json.writeEndArray();
            json.writeEndObject();
            json.writeEndObject();
        }
    }
}
