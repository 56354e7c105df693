package io.insidergraph.support;

import org.testcontainers.neo4j.Neo4jContainer;
import org.springframework.test.context.DynamicPropertyRegistry;

/**
 * Real Neo4j servers of the same version as the embedded one, in containers: one for the samples, shared by every
 * server-backed test class over them, and one for the corpus (the classes of {@code CorpusApiTestBase}), since the
 * samples' tests expect the samples alone, just as the embedded side keeps the two in different data folders. Such
 * a class is annotated {@code @Testcontainers(disabledWithoutDocker = true)} and calls {@link #register} or
 * {@link #registerCorpus} from its own {@code @DynamicPropertySource}; setting {@code spring.neo4j.uri} is all it
 * takes for the app to leave the embedded database off, exactly as in production. A container starts on first use
 * only, so a run that needs no corpus server starts none.
 */
public final class OnNeo4jServer {

    public static final String IMAGE = "neo4j:2025.10.1-community";

    private static final Neo4jContainer SAMPLES = new Neo4jContainer(IMAGE).withoutAuthentication();

    private static final Neo4jContainer CORPUS = new Neo4jContainer(IMAGE).withoutAuthentication();

    private OnNeo4jServer() {
    }

    /** The server holding the samples. */
    public static void register(DynamicPropertyRegistry registry) {
        registry.add("spring.neo4j.uri", started(SAMPLES)::getBoltUrl);
    }

    /** The server holding the test corpus. */
    public static void registerCorpus(DynamicPropertyRegistry registry) {
        registry.add("spring.neo4j.uri", started(CORPUS)::getBoltUrl);
    }

    private static synchronized Neo4jContainer started(Neo4jContainer container) {
        if (!container.isRunning()) {
            container.start();
        }
        return container;
    }
}
