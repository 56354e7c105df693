package io.insidergraph.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;

import graphql.ExecutionResult;
import graphql.GraphQL;
import graphql.GraphQLError;
import graphql.schema.DataFetcher;
import graphql.schema.idl.RuntimeWiring;
import graphql.schema.idl.SchemaGenerator;
import graphql.schema.idl.SchemaParser;
import org.junit.jupiter.api.Test;

/** The answer-size limit on a schema of nested lists, ten items each, with every list fetch counted. */
class QueryLimitsTests {

    private static final String SCHEMA = """
            type Query { items: [Item!]! }
            type Item { id: Int! children: [Item!]! }""";

    private final AtomicInteger listFetches = new AtomicInteger();

    @Test
    void anAnswerWithinTheLimitIsWhole() {
        var result = execute(1_000, "{ items { id children { id } } }");

        assertThat(result.getErrors()).isEmpty();
        assertThat(result.<Map<String, List<Map<String, Object>>>>getData().get("items")).hasSize(10)
                .allSatisfy(item -> assertThat((List<?>) item.get("children")).hasSize(10));
    }

    @Test
    void nestedListsThatWouldAnswerMoreFieldsThanTheLimitStopWithAnErrorNamingIt() {
        // 1 + 10 × 2 + 100 × 2 + 1,000 × 2 + 10,000 fields: far over 1,000
        var result = execute(1_000, "{ items { id children { id children { id children { id } } } } }");

        assertThat(result.getErrors()).extracting(GraphQLError::getMessage).containsExactly("Result too large: it "
                + "would hold more than 1000 fields, the maximum result size (insidergraph.limits.max-result-fields); "
                + "ask for smaller pages or fewer nested lists");
        assertThat(listFetches).as("the deepest level (1,000 lists) is never fetched").hasValueLessThan(111);
    }

    private ExecutionResult execute(int maxResultFields, String query) {
        DataFetcher<List<Map<String, Object>>> tenItems = environment -> {
            listFetches.incrementAndGet();
            return IntStream.range(0, 10).mapToObj(i -> Map.<String, Object>of("id", i)).toList();
        };
        var wiring = RuntimeWiring.newRuntimeWiring()
                .type("Query", type -> type.dataFetcher("items", tenItems))
                .type("Item", type -> type.dataFetcher("children", tenItems))
                .build();
        var schema = new SchemaGenerator().makeExecutableSchema(new SchemaParser().parse(SCHEMA), wiring);
        return GraphQL.newGraphQL(schema).instrumentation(new QueryLimits(maxResultFields)).build().execute(query);
    }
}
