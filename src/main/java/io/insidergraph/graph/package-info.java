/**
 * The graph in Neo4j: writes parsed filings as batched, parameterised statements from {@code cypher/ingest/},
 * and reads for the API with statements from {@code cypher/queries/}, always in read transactions so that a
 * cluster can route them to readers.
 */
@NullMarked
package io.insidergraph.graph;

import org.jspecify.annotations.NullMarked;
