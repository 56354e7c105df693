package io.insidergraph.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.zip.ZipInputStream;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.SchemaFactory;

import org.w3c.dom.Element;
import org.w3c.dom.Node;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.dataformat.csv.CsvMapper;
import tools.jackson.dataformat.csv.CsvSchema;

/**
 * Reads an exported file back with readers that share nothing with the writers (the JDK's DOM parser after schema
 * validation for the XML formats, Jackson's tree model for JSON, Jackson's CSV reader for the zip), into one shape
 * that tests compare with the GraphQL answer: every value as text, absent values left out.
 *
 * @param graph graph-level values (GEXF carries them in its description, CSV not at all)
 * @param nodes attribute values by node id, with "label"
 * @param edges attribute values by edge id, with "source", "target" and, where the format has them, "weight"
 */
public record ReadBack(Map<String, String> graph, Map<String, Map<String, String>> nodes,
        Map<String, Map<String, String>> edges, Map<String, String> declaredTypes) {

    private static final JsonMapper JSON = JsonMapper.shared();

    public static ReadBack read(ExportFormat format, byte[] file) {
        try {
            return switch (format) {
                case GRAPHML -> graphMl(file);
                case GEXF -> gexf(file);
                case CYJS -> cytoscape(file);
                case JSON -> nodeLink(file);
                case CSV -> spreadsheet(file);
            };
        }
        catch (Exception ex) {
            throw new AssertionError("Cannot read back the " + format + " export: " + ex.getMessage() + "\n"
                    + new String(file, 0, Math.min(file.length, 2000), java.nio.charset.StandardCharsets.UTF_8), ex);
        }
    }

    /** Validates against the GraphML 1.0 schema (kept in src/test/resources/xsd/graphml), then reads it. */
    static ReadBack graphMl(byte[] file) throws Exception {
        var schemas = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI);
        schemas.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "file,jar");
        var schema = schemas.newSchema(ReadBack.class.getResource("/xsd/graphml/graphml.xsd"));
        schema.newValidator().validate(new StreamSource(new ByteArrayInputStream(file)));
        var root = dom(file);
        var keys = new LinkedHashMap<String, String[]>();
        var types = new TreeMap<String, String>();
        for (var key : children(root, "key")) {
            keys.put(key.getAttribute("id"), new String[] {key.getAttribute("attr.name"), key.getAttribute("for")});
            types.put(key.getAttribute("for") + "." + key.getAttribute("attr.name"), key.getAttribute("attr.type"));
        }
        var graph = children(root, "graph").getFirst();
        var graphValues = data(graph, keys);
        var nodes = new LinkedHashMap<String, Map<String, String>>();
        for (var node : children(graph, "node")) {
            nodes.put(node.getAttribute("id"), data(node, keys));
        }
        var edges = new LinkedHashMap<String, Map<String, String>>();
        for (var edge : children(graph, "edge")) {
            var values = new TreeMap<String, String>();
            values.put("source", edge.getAttribute("source"));
            values.put("target", edge.getAttribute("target"));
            values.putAll(data(edge, keys));
            edges.put(edge.getAttribute("id"), values);
        }
        types.put("edgedefault", graph.getAttribute("edgedefault"));
        return new ReadBack(graphValues, nodes, edges, types);
    }

    /** Reads GEXF 1.3 by the elements its schema defines; spells as "start..end" joined by "; ". */
    static ReadBack gexf(byte[] file) throws Exception {
        var root = dom(file);
        assertThat(root.getNamespaceURI()).isEqualTo("http://gexf.net/1.3");
        assertThat(root.getAttribute("version")).isEqualTo("1.3");
        var graph = children(root, "graph").getFirst();
        var types = new TreeMap<String, String>();
        types.put("mode", graph.getAttribute("mode"));
        types.put("timeformat", graph.getAttribute("timeformat"));
        types.put("defaultedgetype", graph.getAttribute("defaultedgetype"));
        var titles = new LinkedHashMap<String, String>();
        for (var attributes : children(graph, "attributes")) {
            for (var attribute : children(attributes, "attribute")) {
                var kind = attributes.getAttribute("class");
                titles.put(kind + ":" + attribute.getAttribute("id"), attribute.getAttribute("title"));
                types.put(kind + "." + attribute.getAttribute("title"), attribute.getAttribute("type"));
            }
        }
        var nodes = new LinkedHashMap<String, Map<String, String>>();
        for (var node : children(children(graph, "nodes").getFirst(), "node")) {
            var values = attvalues(node, "node", titles);
            values.put("label", node.getAttribute("label"));
            nodes.put(node.getAttribute("id"), values);
        }
        var edges = new LinkedHashMap<String, Map<String, String>>();
        for (var edge : children(children(graph, "edges").getFirst(), "edge")) {
            var values = attvalues(edge, "edge", titles);
            values.put("source", edge.getAttribute("source"));
            values.put("target", edge.getAttribute("target"));
            values.put("label", edge.getAttribute("label"));
            if (edge.hasAttribute("weight")) {
                values.put("weight", edge.getAttribute("weight"));
            }
            var spells = children(edge, "spells");
            if (!spells.isEmpty()) {
                values.put("spells", String.join("; ", children(spells.getFirst(), "spell").stream()
                        .map(spell -> spell.getAttribute("start") + ".." + spell.getAttribute("end")).toList()));
            }
            edges.put(edge.getAttribute("id"), values);
        }
        var description = children(children(root, "meta").getFirst(), "description").getFirst().getTextContent();
        var graphValues = new TreeMap<String, String>();
        for (var part : description.split("; ")) {
            var colon = part.indexOf(": ");
            if (colon > 0) {
                graphValues.put(part.substring(0, colon), part.substring(colon + 2));
            }
        }
        return new ReadBack(graphValues, nodes, edges, types);
    }

    static ReadBack cytoscape(byte[] file) {
        var root = JSON.readTree(file);
        var nodes = new LinkedHashMap<String, Map<String, String>>();
        for (var node : root.path("elements").path("nodes")) {
            var data = node.path("data");
            assertThat(data.path("value").asString()).isEqualTo(data.path("id").asString());
            nodes.put(data.path("id").asString(), fields(data, "id", "value", "name"));
        }
        var edges = new LinkedHashMap<String, Map<String, String>>();
        for (var edge : root.path("elements").path("edges")) {
            var data = edge.path("data");
            edges.put(data.path("id").asString(), fields(data, "id", "key"));
        }
        var types = jsonTypes(root.path("elements").path("nodes"), root.path("elements").path("edges"), true);
        types.put("directed", root.path("directed").asString());
        return new ReadBack(fields(root.path("data"), "name"), nodes, edges, types);
    }

    static ReadBack nodeLink(byte[] file) {
        var root = JSON.readTree(file);
        var nodes = new LinkedHashMap<String, Map<String, String>>();
        for (var node : root.path("nodes")) {
            nodes.put(node.path("id").asString(), fields(node, "id"));
        }
        var edges = new LinkedHashMap<String, Map<String, String>>();
        for (var edge : root.path("edges")) {
            edges.put(edge.path("key").asString(), fields(edge, "key"));
        }
        var types = jsonTypes(root.path("nodes"), root.path("edges"), false);
        types.put("directed", root.path("directed").asString());
        return new ReadBack(fields(root.path("graph"), "name"), nodes, edges, types);
    }

    static ReadBack spreadsheet(byte[] file) throws IOException {
        var tables = new LinkedHashMap<String, List<Map<String, String>>>();
        try (var zip = new ZipInputStream(new ByteArrayInputStream(file))) {
            for (var entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                tables.put(entry.getName(), csv(zip.readAllBytes()));
            }
        }
        assertThat(tables).containsOnlyKeys("nodes.csv", "edges.csv");
        var nodes = new LinkedHashMap<String, Map<String, String>>();
        for (var row : tables.get("nodes.csv")) {
            var values = new TreeMap<>(row);
            var id = values.remove("Id");
            values.put("label", values.remove("Label"));
            nodes.put(id, values);
        }
        var edges = new LinkedHashMap<String, Map<String, String>>();
        for (var row : tables.get("edges.csv")) {
            var values = new TreeMap<>(row);
            var id = values.remove("Id");
            values.put("source", values.remove("Source"));
            values.put("target", values.remove("Target"));
            values.put("label", values.remove("Label"));
            if (values.containsKey("Weight")) {
                values.put("weight", values.remove("Weight"));
            }
            edges.put(id, values);
        }
        return new ReadBack(Map.of(), nodes, edges, Map.of());
    }

    private static List<Map<String, String>> csv(byte[] table) throws IOException {
        var mapper = new CsvMapper();
        try (var rows = mapper.readerForMapOf(String.class).with(CsvSchema.emptySchema().withHeader())
                .<Map<String, String>>readValues(table)) {
            return rows.readAll().stream().map(row -> {
                var kept = new TreeMap<String, String>();
                row.forEach((name, value) -> {
                    if (!value.isEmpty()) {
                        kept.put(name, value);
                    }
                });
                return (Map<String, String>) kept;
            }).toList();
        }
    }

    private static Element dom(byte[] file) throws Exception {
        var factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        try (InputStream in = new ByteArrayInputStream(file)) {
            return factory.newDocumentBuilder().parse(in).getDocumentElement();
        }
    }

    private static List<Element> children(Element parent, String name) {
        var found = new java.util.ArrayList<Element>();
        for (var child = parent.getFirstChild(); child != null; child = child.getNextSibling()) {
            if (child.getNodeType() == Node.ELEMENT_NODE && child.getLocalName().equals(name)) {
                found.add((Element) child);
            }
        }
        return found;
    }

    private static Map<String, String> data(Element element, Map<String, String[]> keys) {
        var values = new TreeMap<String, String>();
        for (var data : children(element, "data")) {
            values.put(keys.get(data.getAttribute("key"))[0], data.getTextContent());
        }
        return values;
    }

    private static Map<String, String> attvalues(Element element, String kind, Map<String, String> titles) {
        var values = new TreeMap<String, String>();
        for (var block : children(element, "attvalues")) {
            for (var value : children(block, "attvalue")) {
                values.put(titles.get(kind + ":" + value.getAttribute("for")), value.getAttribute("value"));
            }
        }
        return values;
    }

    /** Every field but the skipped ones, lists as text joined by "; " (as GraphML and CSV write them). */
    private static Map<String, String> fields(JsonNode object, String... skipped) {
        var values = new TreeMap<String, String>();
        var skip = List.of(skipped);
        for (var field : object.properties()) {
            if (skip.contains(field.getKey()) || field.getValue().isNull()) {
                continue;
            }
            var value = field.getValue();
            values.put(field.getKey(), value.isArray()
                    ? String.join("; ", value.valueStream().map(JsonNode::asString).toList())
                    : value.isDouble() ? Double.toString(value.asDouble()) : value.asString());
        }
        return values;
    }

    /** The JSON type of each attribute, as "node.hops" → "number", from the first element that has it. */
    private static Map<String, String> jsonTypes(JsonNode nodes, JsonNode edges, boolean wrapped) {
        var types = new TreeMap<String, String>();
        for (var pair : List.of(Map.entry("node", nodes), Map.entry("edge", edges))) {
            for (var element : pair.getValue()) {
                var object = wrapped ? element.path("data") : element;
                for (var field : object.properties()) {
                    types.putIfAbsent(pair.getKey() + "." + field.getKey(), field.getValue().getNodeType().name()
                            .toLowerCase(java.util.Locale.ROOT));
                }
            }
        }
        return types;
    }
}
