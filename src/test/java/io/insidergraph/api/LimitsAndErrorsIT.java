package io.insidergraph.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.Collectors;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;
import org.springframework.graphql.execution.ErrorType;

/** Every limit and every bad argument answers with a GraphQL error that names it, never a stack trace. */
class LimitsAndErrorsIT extends ApiTestBase {

    @Test
    void pageSizeCapAndNegativeFirst() {
        expectError("{ transactions(first: 201) { totalCount } }",
                "first must be between 0 and 200 (insidergraph.limits.max-page-size), was 201");
        expectError("{ transactions(first: -1) { totalCount } }",
                "first must be between 0 and 200 (insidergraph.limits.max-page-size), was -1");
        expectError("{ search(text: \"x\", first: 500) { cik } }",
                "first must be between 0 and 200 (insidergraph.limits.max-page-size), was 500");
        expectError("{ company(cik: \"1318605\") { filings(first: 1000) { totalCount } } }",
                "first must be between 0 and 200 (insidergraph.limits.max-page-size), was 1000");
    }

    @Test
    void hopAndNodeCaps() {
        expectError("{ neighborhood(cik: \"1345016\", hops: 4) { truncated } }",
                "hops must be between 1 and 3 (insidergraph.limits.max-hops), was 4");
        expectError("{ neighborhood(cik: \"1345016\", limit: 2001) { truncated } }",
                "limit must be between 1 and 2000 (insidergraph.limits.max-network-nodes), was 2001");
        expectError("{ shortestPath(fromCik: \"1\", toCik: \"2\", maxHops: 9) { length } }",
                "maxHops must be between 1 and 8 (insidergraph.limits.max-path-hops), was 9");
        expectError("{ clusterBuys(windowDays: 400) { value } }",
                "windowDays must be between 1 and 366 (insidergraph.limits.max-window-days), was 400");
    }

    /** Issue 12: 1,025 words, or one word of a megabyte, made the full-text index fail: INTERNAL_ERROR. */
    @Test
    void searchTextOverTheWordOrLengthLimitIsABadRequestNamingIt() {
        var words = IntStream.range(0, 1025).mapToObj(i -> "w" + i).collect(Collectors.joining(" "));
        expectError("{ search(text: \"" + words.substring(0, 499) + "\") { cik } }",
                "text must have at most 32 words (insidergraph.limits.max-search-terms), had 122");
        expectError("{ search(text: \"" + words + "\") { cik } }",
                "text must be at most 500 characters (insidergraph.limits.max-search-length), was 5039");
        // a megabyte cannot be a literal (graphql-java's parser stops at 1 MB of document): it comes as a variable, from
        // the API key's holder (from anyone else RequestGate refuses a body that large before it reaches GraphQL)
        tester.mutate().header(ApiKey.HEADER, "test-api-key").build().document("query($text: String!) { search(text: $text) { cik } }").variable("text", "9".repeat(1 << 20))
                .execute().errors().satisfy(errors -> assertThat(errors).singleElement().satisfies(error -> {
                    assertThat(error.getMessage()).isEqualTo("text must be at most 500 characters "
                            + "(insidergraph.limits.max-search-length), was 1048576");
                    assertThat(error.getErrorType()).isEqualTo(ErrorType.BAD_REQUEST);
                }));
    }

    @Test
    void searchTextAtTheLimitsIsAnswered() {
        var words = IntStream.range(0, 32).mapToObj(i -> "laguer").collect(Collectors.joining(" "));
        tester.document("{ search(text: \"" + words + "\") { cik } }").execute().errors().verify()
                .path("search[*].cik").entityList(String.class).containsExactly(LAGUERRE);
        tester.document("{ search(text: \"" + "x".repeat(500) + "\") { cik } }").execute().errors().verify()
                .path("search").entityList(Object.class).hasSize(0);
    }

    @Test
    void malformedArguments() {
        expectError("{ person(cik: \"abc\") { name } }", "cik must be a CIK of 1 to 10 digits, was 'abc'");
        expectError("{ company(cik: \"12-34\") { name } }", "cik must be a CIK of 1 to 10 digits, was '12-34'");
        expectError("{ transactions(after: \"not-a-cursor\") { totalCount } }",
                "after: 'not-a-cursor' is not a cursor of this list");
        var literal = tester.document("{ transactions(filter: { from: \"2024-13-01\" }) { totalCount } }").execute();
        literal.errors().satisfy(errors -> {
            assertThat(errors).hasSize(1);
            assertThat(errors.getFirst().getMessage()).contains("argument 'filter.from'")
                    .contains("is not a valid 'Date'")
                    .contains("expected an ISO-8601 date such as 2024-07-19, got '2024-13-01'");
            assertThat(errors.getFirst().getErrorType().toString()).isEqualTo("ValidationError");
        });
        var variable = tester.document("query($d: Date) { interlocks(cik: \"1345016\", asOf: $d) { company { cik } } }")
                .variable("d", "yesterday").execute();
        variable.errors().satisfy(errors -> {
            assertThat(errors).hasSize(1);
            assertThat(errors.getFirst().getMessage()).isEqualTo(
                    "Variable 'd' has an invalid value: expected an ISO-8601 date such as 2024-07-19, got 'yesterday'");
        });
    }

    @Test
    void aCursorOfOneSortOrderIsRefusedByAnother() {
        var byDate = tester.document("{ transactions(filter: { issuerCik: \"1318605\" }, first: 1) { edges { cursor } } }")
                .execute().path("transactions.edges[0].cursor").entity(String.class).get();

        expectError("{ transactions(filter: { issuerCik: \"1318605\" }, orderBy: VALUE, after: \"" + byDate
                + "\") { totalCount } }", "after: this cursor belongs to a list sorted by DATE, not by VALUE");
        expectError("{ company(cik: \"1318605\") { filings(after: \"" + byDate + "\") { totalCount } } }",
                "after: this cursor belongs to a list sorted by DATE, not by FILED");
    }

    @Test
    void queryDepthLimit() {
        // company > (insiders > owner > positions > company) x 3 > name: 14 levels
        var document = "{ company(cik: \"1345016\") { "
                + "insiders { owner { ... on Person { positions { company { ".repeat(3) + "name" + " }".repeat(17);
        var response = tester.document(document).execute();
        response.errors().satisfy(errors -> {
            assertThat(errors).hasSize(1);
            assertThat(errors.getFirst().getMessage())
                    .isEqualTo("Query too deep: depth 14 exceeds the maximum query depth 12 (insidergraph.limits.max-depth)");
        });
    }

    /**
     * Issue 12: 190 aliased network and screen fields passed the old cap (each field counted one: 380 of 400), and
     * eight such requests at once emptied the driver's connection pool. Now each costs the work it asks for.
     */
    @Test
    void oneHundredNinetyAliasedNetworkAndScreenFieldsCostMoreThanTheLimit() {
        var document = AbusiveQueries.attack(BOTHA, LEVCHIN);
        // twice: the second request finds the document parsed and validated in the cache, and is still refused
        for (int attempt = 0; attempt < 2; attempt++) {
            tester.document(document).execute().errors().satisfy(errors -> {
                assertThat(errors).hasSize(1);
                assertThat(errors.getFirst().getMessage()).isEqualTo(tooComplex(150_120));
            });
        }
    }

    @Test
    void fieldsIncludedByAVariableCountForTheRequestThatIncludesThem() {
        var document = new StringBuilder("query($all: Boolean!) { c0: company(cik: \"1345016\") { cik }");
        for (int i = 1; i <= 40; i++) {
            document.append(" s").append(i).append(": clusterBuys(windowDays: 366, first: 200) @include(if: $all) "
                    + "{ value }");
        }
        var query = document.append(" }").toString();
        // the same document twice: measured with the first request's variables, then again with the second's
        tester.document(query).variable("all", false).execute().errors().verify()
                .path("c0.cik").entity(String.class).isEqualTo(YELP);
        tester.document(query).variable("all", true).execute().errors().satisfy(errors -> {
            assertThat(errors).hasSize(1);
            // 11 for the company, 40 × (1,000 + 366 + 200 × 1) for the screens
            assertThat(errors.getFirst().getMessage()).isEqualTo(tooComplex(62_651));
        });
    }

    private static String tooComplex(int cost) {
        return "Query too complex: its cost, " + cost + ", exceeds the maximum query cost 50000 "
                + "(insidergraph.limits.max-complexity; a value costs 1, a field that reads the graph 10, a page its "
                + "fields once per row of `first`, network and screen fields the work their arguments ask for)";
    }

    @Test
    void anAnswerLargerThanTheResultSizeLimitStopsWithAnErrorNamingIt() {
        // 200 rows of 150 fields each, over the 20,000 of the test configuration (the default is 100,000)
        var fields = IntStream.range(0, 150).mapToObj(i -> "f" + i + ": id").collect(Collectors.joining(" "));
        var document = "{ transactions(first: 200) { edges { node { " + fields + " } } } }";
        tester.document(document).execute().errors().satisfy(errors -> {
            assertThat(errors).hasSize(1);
            assertThat(errors.getFirst().getMessage()).isEqualTo("Result too large: it would hold more than 20000 "
                    + "fields, the maximum result size (insidergraph.limits.max-result-fields); ask for smaller pages "
                    + "or fewer nested lists");
            assertThat(String.valueOf(errors.getFirst().getExtensions())).doesNotContain("io.insidergraph");
        });
        // the same rows with fewer fields are answered
        tester.document(document.replace(fields, "id")).execute().errors().verify()
                .path("transactions.edges").entityList(Object.class).hasSize(200);
    }

    @Test
    void introspectionIsNotLimited() {
        // 14 levels deep, past max-depth 12, as GraphiQL's own schema query is
        var document = "{ __schema { types { name fields { name type { name " + "ofType { name ".repeat(9)
                + "}".repeat(14);
        tester.document(document).execute()
                .errors().verify()
                .path("__schema.types").entityList(Object.class).hasSizeGreaterThan(30);
    }

    private void expectError(String document, String message) {
        tester.document(document).execute().errors().satisfy(errors -> {
            assertThat(errors).hasSize(1);
            var error = errors.getFirst();
            assertThat(error.getMessage()).isEqualTo(message);
            assertThat(error.getErrorType()).isEqualTo(ErrorType.BAD_REQUEST);
            assertThat(error.getExtensions()).doesNotContainKeys("exception", "stackTrace", "trace");
            assertThat(String.valueOf(error.getExtensions())).doesNotContain("io.insidergraph");
        });
    }
}
