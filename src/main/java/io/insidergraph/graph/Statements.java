package io.insidergraph.graph;

import java.util.List;
import java.util.Map;

/**
 * Runs a statement of {@code cypher/ingest/} in a writer's open transaction: the driver's for
 * {@link CypherGraphWriter}, the embedded database's for {@link EmbeddedGraphWriter}. The rare steps that a
 * replaced copy needs ({@link Replacement}) are written once, in Cypher, and run this way by every writer. Rows come
 * back as maps of plain Java values (lists may be lists or arrays).
 */
@FunctionalInterface
interface Statements {

    List<Map<String, Object>> run(String statement, Map<String, Object> parameters);
}
