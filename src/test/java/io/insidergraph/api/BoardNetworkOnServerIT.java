package io.insidergraph.api;

import io.insidergraph.support.OnNeo4jServer;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.testcontainers.junit.jupiter.Testcontainers;

/**
 * {@link BoardNetworkIT} against a Neo4j server in a container of the corpus's own (the samples' server must hold
 * the samples alone); skipped where Docker is absent. The corpus is ingested over Bolt by the server's writer, the
 * projection read by the same Cypher, and every answer checked against the same NetworkX output.
 */
@Testcontainers(disabledWithoutDocker = true)
class BoardNetworkOnServerIT extends BoardNetworkIT {

    @DynamicPropertySource
    static void server(DynamicPropertyRegistry registry) {
        OnNeo4jServer.registerCorpus(registry);
    }
}
