package io.insidergraph.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import graphql.analysis.QueryComplexityCalculator;
import graphql.parser.Parser;
import graphql.schema.GraphQLSchema;
import graphql.schema.idl.MockedWiringFactory;
import graphql.schema.idl.RuntimeWiring;
import graphql.schema.idl.SchemaGenerator;
import graphql.schema.idl.SchemaParser;
import graphql.schema.idl.TypeDefinitionRegistry;
import org.junit.jupiter.api.Test;

/** What queries cost on the app's schema, worked out by hand from {@link QueryCost}'s rules. */
class QueryCostTests {

    private static final GraphQLSchema SCHEMA = schema();

    @Test
    void aLookupCostsItsReadAndItsValues() {
        // company 10 + cik 1 + name 1
        assertThat(cost("{ company(cik: \"1318605\") { cik name } }")).isEqualTo(12);
        // __typename is free
        assertThat(cost("{ company(cik: \"1318605\") { __typename cik } }")).isEqualTo(11);
    }

    @Test
    void aPageCostsItsSelectionOncePerRow() {
        // transactions of an issuer 10 + 50 rows × (edges 10 + node 10 + id 1 + shares 1)
        assertThat(cost("{ transactions(filter: { issuerCik: \"1318605\" }) { edges { node { id shares } } } }"))
                .isEqualTo(10 + 50 * 22);
        assertThat(cost("{ transactions(filter: { issuerCik: \"1318605\" }, first: 200) { totalCount } }"))
                .isEqualTo(10 + 200);
        // without an issuer or owner the page is sorted out of every trade of the graph
        assertThat(cost("{ transactions(first: 200) { totalCount } }")).isEqualTo(1000 + 200);
        assertThat(cost("{ search(text: \"musk\") { cik } }")).isEqualTo(10 + 10);
    }

    @Test
    void networkAndScreenFieldsCostTheWorkTheirArgumentsAskFor() {
        // 10 × hops + hops × limit / 10 + truncated 1
        assertThat(cost("{ neighborhood(cik: \"1\") { truncated } }")).isEqualTo(20 + 100 + 1);
        assertThat(cost("{ neighborhood(cik: \"1\", hops: 3, limit: 2000) { truncated } }")).isEqualTo(30 + 600 + 1);
        // 20 × maxHops + length 1
        assertThat(cost("{ shortestPath(fromCik: \"1\", toCik: \"2\") { length } }")).isEqualTo(120 + 1);
        assertThat(cost("{ shortestPath(fromCik: \"1\", toCik: \"2\", maxHops: 8) { length } }")).isEqualTo(161);
        // 1,000 (every purchase) + windowDays + first × value 1
        assertThat(cost("{ clusterBuys { value } }")).isEqualTo(1000 + 30 + 50);
        assertThat(cost("{ clusterBuys(windowDays: 366, first: 200) { value } }")).isEqualTo(1000 + 366 + 200);
        assertThat(cost("{ netBuying { netValue } }")).isEqualTo(1000 + 50);
        // interlocks 20 + company 10 + cik 1
        assertThat(cost("{ interlocks(cik: \"1\") { company { cik } } }")).isEqualTo(31);
    }

    @Test
    void issue12sAttackCostsThreeTimesTheLimit() {
        // 64 × 1,566 + 63 × 631 + 63 × 161
        assertThat(cost(AbusiveQueries.attack("1", "2"))).isEqualTo(150_120);
    }

    @Test
    void noFieldCostsMoreThanOnePastTheLimitSoTheSumCannotOverflow() {
        assertThat(cost("{ transactions(first: 2147483647) { edges { node { id } } } }")).isEqualTo(50_001);
    }

    private static int cost(String query) {
        return QueryComplexityCalculator.newCalculator().fieldComplexityCalculator(new QueryCost(50_000))
                .schema(SCHEMA).document(Parser.parse(query)).build().calculate();
    }

    private static GraphQLSchema schema() {
        var types = new TypeDefinitionRegistry();
        try (var files = Files.list(Path.of("graphql"))) {
            for (var file : files.filter(path -> path.toString().endsWith(".graphqls")).sorted().toList()) {
                types.merge(new SchemaParser().parse(Files.readString(file)));
            }
        }
        catch (IOException ex) {
            throw new IllegalStateException(ex);
        }
        var wiring = RuntimeWiring.newRuntimeWiring().scalar(DateScalar.DATE).wiringFactory(new MockedWiringFactory())
                .build();
        return new SchemaGenerator().makeExecutableSchema(types, wiring);
    }
}
