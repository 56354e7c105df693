package io.insidergraph.export;

import java.io.IOException;
import java.io.OutputStream;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** The file formats a network is exported in, by file extension. */
public enum ExportFormat {

    /** GraphML with typed {@code <key>} declarations (yEd, Gephi, NetworkX, igraph, Cytoscape desktop). */
    GRAPHML("graphml", "application/graphml+xml", new GraphMlWriter()),
    /** GEXF 1.3, each role's tenure as spells so that Gephi's timeline works. */
    GEXF("gexf", "application/gexf+xml", new GexfWriter()),
    /** Cytoscape.js elements JSON (also read by Cytoscape desktop and NetworkX's cytoscape_graph). */
    CYJS("cyjs", "application/json", new CytoscapeJsonWriter()),
    /** NetworkX node-link JSON (networkx.node_link_graph, with its default edges="edges"). */
    JSON("json", "application/json", new NodeLinkJsonWriter()),
    /** A zip of nodes.csv and edges.csv in Gephi's spreadsheet layout (Id, Label; Source, Target, Type, ...). */
    CSV("csv", "application/zip", new SpreadsheetWriter());

    private final String extension;
    private final String mediaType;
    private final NetworkWriter writer;

    ExportFormat(String extension, String mediaType, NetworkWriter writer) {
        this.extension = extension;
        this.mediaType = mediaType;
        this.writer = writer;
    }

    public String extension() {
        return extension;
    }

    public String mediaType() {
        return mediaType;
    }

    /** The name of the file a network is downloaded as: CSV is a zip. */
    public String fileName(String networkName) {
        return networkName + (this == CSV ? ".csv.zip" : "." + extension);
    }

    public void write(NetworkExport network, OutputStream out) throws IOException {
        writer.write(network, out);
    }

    /** The format of a file extension ("gexf", "GraphML"), if it is one. */
    public static Optional<ExportFormat> ofExtension(String extension) {
        var wanted = extension.toLowerCase(Locale.ROOT);
        return Arrays.stream(values()).filter(format -> format.extension.equals(wanted)).findFirst();
    }

    /** Every extension, for messages that list them. */
    public static String extensions() {
        return String.join(", ", Arrays.stream(values()).map(ExportFormat::extension).toList());
    }
}
