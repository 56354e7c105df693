package io.insidergraph.api;

import static org.assertj.core.api.Assertions.assertThat;

import io.insidergraph.support.Neo4jTestBase;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.Driver;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.graphql.test.tester.HttpGraphQlTester;
import org.springframework.test.web.reactive.server.WebTestClient;

/** A GraphQL request over real HTTP, answered from the database; the playground and health beside it. */
class GraphQlRoundTripIT extends Neo4jTestBase {

    @Autowired
    HttpGraphQlTester graphQlTester;

    @Autowired
    Driver driver;

    @LocalServerPort
    int port;

    HttpGraphQlTester tester;

    @BeforeEach
    void timeout() {
        tester = graphQlTester.mutate().webTestClient(client -> client.responseTimeout(RESPONSE_TIMEOUT)).build();
    }

    @Test
    void statsCountWhatTheDatabaseHolds() {
        driver.executableQuery("MATCH (c:Company {cik: 'round-trip-test'}) DETACH DELETE c").execute();
        long before = tester.document("{ stats { companies } }").execute()
                .path("stats.companies").entity(Long.class).get();

        driver.executableQuery("CREATE (:Company {cik: 'round-trip-test', name: 'Round Trip Inc'})").execute();
        try {
            tester.document("{ stats { companies people filings transactions holdings } }").execute()
                    .path("stats.companies").entity(Long.class).isEqualTo(before + 1);
        }
        finally {
            driver.executableQuery("MATCH (c:Company {cik: 'round-trip-test'}) DETACH DELETE c").execute();
        }
    }

    @Test
    void graphiqlIsServed() {
        var client = WebTestClient.bindToServer().baseUrl("http://localhost:" + port)
                .responseTimeout(RESPONSE_TIMEOUT).build();
        var page = client.get().uri("/graphiql?path=/graphql").exchange()
                .expectStatus().isOk()
                .expectBody(String.class).returnResult().getResponseBody();
        assertThat(page).contains("GraphiQL");
    }

    @Test
    void healthIncludesNeo4jForTheKeyHolder() {
        var client = WebTestClient.bindToServer().baseUrl("http://localhost:" + port)
                .responseTimeout(RESPONSE_TIMEOUT).build();
        client.get().uri("/actuator/health").header(ApiKey.HEADER, "test-api-key").exchange()
                .expectStatus().isOk()
                .expectBody()
                .jsonPath("$.status").isEqualTo("UP")
                .jsonPath("$.components.neo4j.status").isEqualTo("UP")
                .jsonPath("$.components.neo4j.details.edition").isEqualTo("community");
    }
}
