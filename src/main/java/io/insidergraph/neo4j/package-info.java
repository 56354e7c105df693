/**
 * The database runtime: an embedded Neo4j started in-process with its Bolt connector (the default), or a Neo4j
 * server or cluster named by {@code spring.neo4j.uri}; and the schema bootstrap that applies
 * {@code cypher/schema/*.cypher} to whichever one is in use.
 */
@NullMarked
package io.insidergraph.neo4j;

import org.jspecify.annotations.NullMarked;
