package io.insidergraph.neo4j;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import io.insidergraph.support.Neo4jTestBase;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.Driver;
import org.springframework.beans.factory.annotation.Autowired;

class SchemaBootstrapIT extends Neo4jTestBase {

    @Autowired
    Driver driver;

    @Autowired
    SchemaBootstrap bootstrap;

    @Test
    void uniquenessConstraintsExistForEveryIdentity() {
        assertThat(constraints()).contains(
                "Company.cik", "Person.cik", "Filing.accessionNumber", "Security.id", "Transaction.id",
                "Holding.id", "Footnote.id");
    }

    @Test
    void fullTextIndexCoversPeopleAndCompanyNames() {
        var index = driver.executableQuery("""
                SHOW FULLTEXT INDEXES YIELD name, labelsOrTypes, properties, state
                WHERE name = 'entity_names' RETURN labelsOrTypes, properties, state""").execute().records();
        assertThat(index).hasSize(1);
        assertThat(index.getFirst().get("labelsOrTypes").asList()).containsExactlyInAnyOrder("Person", "Company");
        assertThat(index.getFirst().get("properties").asList()).contains("name");
        assertThat(index.getFirst().get("state").asString()).isEqualTo("ONLINE");
    }

    @Test
    void applyingTheSchemaAgainChangesNothing() {
        var before = constraints();
        bootstrap.afterSingletonsInstantiated();
        assertThat(constraints()).isEqualTo(before);
    }

    private List<String> constraints() {
        return driver.executableQuery("""
                SHOW CONSTRAINTS YIELD type, labelsOrTypes, properties WHERE type = 'UNIQUENESS'
                RETURN labelsOrTypes[0] + '.' + properties[0] AS constraint ORDER BY constraint""")
                .execute().records().stream().map(r -> r.get("constraint").asString()).toList();
    }
}
