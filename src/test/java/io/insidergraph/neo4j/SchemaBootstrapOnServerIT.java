package io.insidergraph.neo4j;

import io.insidergraph.support.OnNeo4jServer;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.testcontainers.junit.jupiter.Testcontainers;

/** {@link SchemaBootstrapIT} against a Neo4j server in a container; skipped where Docker is absent. */
@Testcontainers(disabledWithoutDocker = true)
class SchemaBootstrapOnServerIT extends SchemaBootstrapIT {

    @DynamicPropertySource
    static void server(DynamicPropertyRegistry registry) {
        OnNeo4jServer.register(registry);
    }
}
