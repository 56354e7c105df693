package io.insidergraph.api;

import io.insidergraph.support.OnNeo4jServer;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.testcontainers.junit.jupiter.Testcontainers;

/** {@link NetworkIT} against a Neo4j server in a container; skipped where Docker is absent. */
@Testcontainers(disabledWithoutDocker = true)
class NetworkOnServerIT extends NetworkIT {

    @DynamicPropertySource
    static void server(DynamicPropertyRegistry registry) {
        OnNeo4jServer.register(registry);
    }
}
