/**
 * Networks out of the graph into other tools: one format-neutral model of a network ({@link NetworkExport}: typed
 * attribute declarations, then nodes, then edges, each read once) built by one adapter per network the API draws,
 * and one writer per file format (GraphML, GEXF 1.3, Cytoscape.js JSON, NetworkX node-link JSON, Gephi's
 * spreadsheet CSV). Writers stream: nothing is held beyond the element being written, so the whole graph's role
 * network can be written straight from a database cursor.
 */
@NullMarked
package io.insidergraph.export;

import org.jspecify.annotations.NullMarked;
