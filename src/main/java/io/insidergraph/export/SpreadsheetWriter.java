package io.insidergraph.export;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.jspecify.annotations.Nullable;

/**
 * A zip of {@code nodes.csv} and {@code edges.csv} in the layout of Gephi's spreadsheet import: nodes
 * {@code Id,Label,...}; edges {@code Source,Target,Type,Id,Label,Weight,...}, then a {@code Timeset} of the edge's
 * spells in Gephi's interval notation ({@code <[2012-03-01, 2013-05-28]>}) when the network is timed. Lists are
 * joined by "; ". Written with Apache Commons CSV (RFC 4180 quoting), one row at a time.
 */
final class SpreadsheetWriter implements NetworkWriter {

    @Override
    public void write(NetworkExport network, OutputStream out) throws IOException {
        var zip = new ZipOutputStream(out, StandardCharsets.UTF_8);
        var text = new OutputStreamWriter(zip, StandardCharsets.UTF_8);
        zip.putNextEntry(new ZipEntry("nodes.csv"));
        var nodes = new CSVPrinter(text, CSVFormat.RFC4180);
        var nodeHeader = new ArrayList<>(List.of("Id", "Label"));
        network.nodeAttributes().forEach(attribute -> nodeHeader.add(attribute.name()));
        nodes.printRecord(nodeHeader);
        for (var node : (Iterable<ExportNode>) network.nodes()::iterator) {
            var row = new ArrayList<@Nullable String>(List.of(node.id(), node.label()));
            network.nodeAttributes().forEach(attribute -> row.add(cell(node.values().get(attribute.name()))));
            nodes.printRecord(row);
        }
        nodes.flush();
        zip.closeEntry();
        zip.putNextEntry(new ZipEntry("edges.csv"));
        var edges = new CSVPrinter(text, CSVFormat.RFC4180);
        var edgeHeader = new ArrayList<>(List.of("Source", "Target", "Type", "Id", "Label"));
        if (network.weighted()) {
            edgeHeader.add("Weight");
        }
        network.edgeAttributes().forEach(attribute -> edgeHeader.add(attribute.name()));
        if (network.timed()) {
            edgeHeader.add("Timeset");
        }
        edges.printRecord(edgeHeader);
        var type = network.directed() ? "Directed" : "Undirected";
        for (var edge : (Iterable<ExportEdge>) network.edges()::iterator) {
            var row = new ArrayList<@Nullable String>(List.of(edge.source(), edge.target(), type, edge.id(),
                    edge.label()));
            if (network.weighted()) {
                row.add(cell(edge.weight()));
            }
            network.edgeAttributes().forEach(attribute -> row.add(cell(edge.values().get(attribute.name()))));
            if (network.timed()) {
                row.add(timeset(edge.spells()));
            }
            edges.printRecord(row);
        }
        edges.flush();
        zip.closeEntry();
        zip.finish();
    }

    private static @Nullable String cell(@Nullable Object value) {
        return value == null ? null : Values.text(value);
    }

    private static String timeset(List<Spell> spells) {
        if (spells.isEmpty()) {
            return "";
        }
        var intervals = spells.stream().map(spell -> "[" + (spell.start() == null ? "-Infinity" : spell.start())
                + ", " + (spell.end() == null ? "Infinity" : spell.end()) + "]").toList();
        return "<" + String.join("; ", intervals) + ">";
    }
}
