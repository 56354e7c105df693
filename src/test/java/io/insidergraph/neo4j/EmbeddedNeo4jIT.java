package io.insidergraph.neo4j;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.neo4j.driver.AuthTokens;
import org.neo4j.driver.GraphDatabase;

/** The embedded engine on its own: Bolt on a free port, and data that outlives a restart. */
class EmbeddedNeo4jIT {

    @TempDir
    Path home;

    private final InsidergraphProperties.Embedded anyPort = new InsidergraphProperties.Embedded(0, "64m", "256m");

    @Test
    void dataPersistsAcrossRestartsAndBoltAnswersOnTheChosenPort() {
        try (var neo4j = EmbeddedNeo4j.start(home, anyPort)) {
            assertThat(neo4j.boltUri().getScheme()).isEqualTo("bolt");
            assertThat(neo4j.boltUri().getHost()).isEqualTo("127.0.0.1");
            assertThat(neo4j.boltUri().getPort()).isPositive().isNotEqualTo(7687);
            try (var driver = GraphDatabase.driver(neo4j.boltUri(), AuthTokens.none())) {
                driver.executableQuery("CREATE (:Company {cik: '0000000001', name: 'Persisted Corp'})").execute();
            }
        }
        try (var neo4j = EmbeddedNeo4j.start(home, anyPort);
                var driver = GraphDatabase.driver(neo4j.boltUri(), AuthTokens.none())) {
            var names = driver.executableQuery("MATCH (c:Company {cik: '0000000001'}) RETURN c.name AS name")
                    .execute().records();
            assertThat(names).singleElement().extracting(r -> r.get("name").asString()).isEqualTo("Persisted Corp");
        }
    }
}
