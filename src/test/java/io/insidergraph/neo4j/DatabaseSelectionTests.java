package io.insidergraph.neo4j;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.boot.neo4j.autoconfigure.Neo4jConnectionDetails;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

/** {@code spring.neo4j.uri} decides: when it names a server, no embedded database is started. */
class DatabaseSelectionTests {

    private final ApplicationContextRunner runner = new ApplicationContextRunner()
            .withUserConfiguration(Neo4jRuntimeConfiguration.class);

    @Test
    void aServerUriLeavesTheEmbeddedDatabaseOff() {
        runner.withPropertyValues("spring.neo4j.uri=neo4j://db.example.org:7687")
                .run(context -> {
                    assertThat(context).hasNotFailed();
                    assertThat(context).doesNotHaveBean(EmbeddedNeo4j.class);
                    assertThat(context).doesNotHaveBean(Neo4jConnectionDetails.class);
                });
    }

    @Test
    void anEmptyServerUriMeansEmbedded() {
        assertThat(Neo4jRuntimeConfiguration.serverConfigured(
                new org.springframework.mock.env.MockEnvironment().withProperty("spring.neo4j.uri", " "))).isFalse();
        assertThat(Neo4jRuntimeConfiguration.serverConfigured(
                new org.springframework.mock.env.MockEnvironment().withProperty("spring.neo4j.uri", "bolt://x:1")))
                .isTrue();
    }
}
