package io.insidergraph.ingest;

import io.insidergraph.support.IsolatedNeo4j;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;

/** A test class with an embedded Neo4j of its own, emptied before each test, so it can count everything. */
abstract class IsolatedGraphTest {

    static IsolatedNeo4j neo4j;

    @BeforeAll
    static void startNeo4j() {
        neo4j = IsolatedNeo4j.start();
    }

    @AfterAll
    static void stopNeo4j() {
        neo4j.close();
    }

    @BeforeEach
    void emptyGraph() {
        neo4j.clear();
    }
}
