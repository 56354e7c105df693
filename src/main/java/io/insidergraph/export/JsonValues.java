package io.insidergraph.export;

import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.StreamWriteFeature;
import tools.jackson.databind.json.JsonMapper;

/** Attribute values as JSON: numbers, booleans, strings, lists as arrays, dates as ISO strings, nulls left out. */
final class JsonValues {

    /** Leaves the stream open: a writer never closes what it writes to (a zip entry, a response). */
    static final JsonMapper MAPPER = JsonMapper.builder().disable(StreamWriteFeature.AUTO_CLOSE_TARGET).build();

    private JsonValues() {
    }

    static void write(JsonGenerator json, List<Attribute> attributes, Map<String, @Nullable Object> values) {
        for (var attribute : attributes) {
            var value = values.get(attribute.name());
            if (value != null) {
                json.writeName(attribute.name());
                write(json, value);
            }
        }
    }

    /** An edge's ends, its id as the multigraph key, its weight if any, and its attributes, in the open object. */
    static void edge(JsonGenerator json, NetworkExport network, ExportEdge edge) {
        json.writeStringProperty("source", edge.source());
        json.writeStringProperty("target", edge.target());
        json.writeStringProperty("key", edge.id());
        if (edge.weight() != null) {
            json.writeNumberProperty("weight", edge.weight());
        }
        write(json, network.edgeAttributes(), edge.values());
    }

    private static void write(JsonGenerator json, Object value) {
        switch (value) {
            case Integer number -> json.writeNumber(number);
            case Long number -> json.writeNumber(number);
            case Double number -> json.writeNumber(number);
            case Boolean flag -> json.writeBoolean(flag);
            case List<?> list -> {
                json.writeStartArray();
                list.forEach(item -> write(json, item));
                json.writeEndArray();
            }
            default -> json.writeString(value.toString());
        }
    }
}
