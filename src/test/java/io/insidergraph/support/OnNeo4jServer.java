package io.insidergraph.support;

import org.testcontainers.neo4j.Neo4jContainer;
import org.springframework.test.context.DynamicPropertyRegistry;

/**
 * A real Neo4j server of the same version as the embedded one, in a container, shared by every server-backed test
 * class. Such a class is annotated {@code @Testcontainers(disabledWithoutDocker = true)} and calls
 * {@link #register} from its own {@code @DynamicPropertySource}; setting {@code spring.neo4j.uri} is all it takes
 * for the app to leave the embedded database off, exactly as in production.
 */
public final class OnNeo4jServer {

    public static final String IMAGE = "neo4j:2025.10.1-community";

    private static final Neo4jContainer NEO4J = new Neo4jContainer(IMAGE).withoutAuthentication();

    private OnNeo4jServer() {
    }

    public static void register(DynamicPropertyRegistry registry) {
        if (!NEO4J.isRunning()) {
            NEO4J.start();
        }
        registry.add("spring.neo4j.uri", NEO4J::getBoltUrl);
    }
}
