package io.insidergraph.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import io.insidergraph.graph.GraphReads;
import io.micrometer.core.instrument.MeterRegistry;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.graphql.test.tester.GraphQlTester;

/**
 * No N+1: a page of transactions with each row's filing (and its issuer), issuer, owners and footnotes costs the same
 * six statements whether it holds 5 rows or 50, and the paginated lists of many companies or people (filings,
 * transactions, their totalCount) cost as many statements for twenty parents as for one, counted at the one place
 * every read goes through (GraphReads). Pages loaded together are the pages each parent would get alone.
 */
class BatchingIT extends ApiTestBase {

    private static final String PAGE = """
            query($first: Int) {
              transactions(first: $first) {
                edges { node {
                  id
                  filing { accessionNumber formType issuer { name } }
                  issuer { name ticker }
                  owners { cik name }
                  footnotes { field footnote { id text } }
                } }
              }
            }""";

    private static final String FILING_PAGE =
            "totalCount pageInfo { hasNextPage endCursor } edges { cursor node { accessionNumber filedAt } }";
    private static final String TRANSACTION_PAGE =
            "totalCount pageInfo { hasNextPage endCursor } edges { cursor node { id transactionDate value } }";

    @Autowired
    MeterRegistry meters;

    @Test
    void aPageOfFiftyTransactionsWithItsChildrenCostsSixQueries() {
        assertThat(statementsFor(5, 5)).isEqualTo(6);
        assertThat(statementsFor(50, 50)).isEqualTo(6);
    }

    @Test
    void companiesWithInsidersAndPositionsLoadEachListOnce() {
        long before = reads();
        var response = tester.document("""
                { search(text: "inc", first: 20) { ... on Company { name insiders { owner { cik
                    ... on Person { positions { role } coInsiders { insider { cik } } } } } } } }""").execute();
        response.errors().verify();
        response.path("search").entityList(Object.class).hasSizeGreaterThan(10);
        // search, insiders of all companies, positions of all insiders, co-insiders of all insiders
        assertThat(reads() - before).isEqualTo(4);
    }

    @Test
    void companiesFilingsAndTransactionsCostTheSameStatementsForTwoCompaniesOrTwenty() {
        var document = """
                query($n: Int) { search(text: "inc", first: $n) { ... on Company { cik
                  filings(first: 5) { totalCount edges { node { accessionNumber } } }
                  transactions(first: 3) { totalCount edges { node { id } } } } } }""";
        var two = statementsFor(document, 2);
        var twenty = statementsFor(document, 20);
        assertThat(two.response().path("search[*].filings.totalCount").entityList(Integer.class).get())
                .hasSize(2).allMatch(count -> count > 0);
        assertThat(twenty.response().path("search[*].filings.totalCount").entityList(Integer.class).get())
                .hasSizeGreaterThan(10);
        // search, filings pages of all companies, their counts, transactions pages, their counts
        assertThat(two.statements()).as("two companies").isEqualTo(5);
        assertThat(twenty.statements()).as("twenty companies").isEqualTo(5);
    }

    @Test
    void insidersTransactionsCostTheSameStatementsForFewPeopleOrMany() {
        var document = """
                query($n: Int) { search(text: "inc", first: $n) { ... on Company { cik insiders { owner { ... on Person {
                  cik transactions(first: 2, orderBy: VALUE) { totalCount edges { node { id } } } } } } } } }""";
        var few = statementsFor(document, 1);
        var many = statementsFor(document, 20);
        var fewPeople = few.response().path("search[*].insiders[*].owner.transactions.totalCount")
                .entityList(Integer.class).get();
        var manyPeople = many.response().path("search[*].insiders[*].owner.transactions.totalCount")
                .entityList(Integer.class).get();
        assertThat(manyPeople).hasSizeGreaterThan(fewPeople.size() * 3);
        // search, insiders of all companies, transactions pages of all people, their counts
        assertThat(few.statements()).as("people of one company").isEqualTo(4);
        assertThat(many.statements()).as("people of twenty companies").isEqualTo(4);
    }

    @Test
    void pagesLoadedTogetherAreThePagesEachLoadsAlone() {
        var teslaFilings = "company(cik: \"%s\") { filings(first: 2) { %s } }".formatted(TESLA, FILING_PAGE);
        var muskTransactions = "person(cik: \"%s\") { transactions(first: 3, orderBy: VALUE) { %s } }"
                .formatted(MUSK, TRANSACTION_PAGE);
        var teslaCursor = alone(teslaFilings).path("f0.filings.pageInfo.endCursor").entity(String.class).get();
        var muskCursor = alone(muskTransactions).path("f0.transactions.pageInfo.endCursor").entity(String.class).get();
        var fields = List.of(teslaFilings,
                "company(cik: \"%s\") { filings(first: 5, after: \"%s\") { %s } }".formatted(TESLA, teslaCursor,
                        FILING_PAGE),
                "company(cik: \"%s\") { filings(first: 1) { %s } }".formatted(YELP, FILING_PAGE),
                "company(cik: \"%s\") { transactions(first: 4) { %s } }".formatted(TESLA, TRANSACTION_PAGE),
                "company(cik: \"%s\") { transactions(first: 2, filter: { ownerCik: \"%s\" }) { %s } }"
                        .formatted(YELP, LEVCHIN, TRANSACTION_PAGE),
                muskTransactions,
                "person(cik: \"%s\") { transactions(first: 5, orderBy: VALUE, after: \"%s\") { %s } }"
                        .formatted(MUSK, muskCursor, TRANSACTION_PAGE),
                "person(cik: \"%s\") { transactions(filter: { codes: [\"P\"], derivative: false }) { %s } }"
                        .formatted(THIEL, TRANSACTION_PAGE));
        var together = new StringBuilder("{");
        for (int i = 0; i < fields.size(); i++) {
            together.append(" f").append(i).append(": ").append(fields.get(i));
        }
        var response = tester.document(together.append(" }").toString()).execute();
        response.errors().verify();
        for (int i = 0; i < fields.size(); i++) {
            var page = response.path("f" + i).entity(Map.class).get();
            assertThat(page).as(fields.get(i)).isEqualTo(alone(fields.get(i)).path("f0").entity(Map.class).get());
            assertThat(page.toString()).as(fields.get(i)).contains("node");
        }
    }

    private GraphQlTester.Response alone(String field) {
        var response = tester.document("{ f0: " + field + " }").execute();
        response.errors().verify();
        return response;
    }

    private record Counted(GraphQlTester.Response response, long statements) {
    }

    private Counted statementsFor(String document, int n) {
        long before = reads();
        var response = tester.document(document).variable("n", n).execute();
        response.errors().verify();
        return new Counted(response, reads() - before);
    }

    private long statementsFor(int first, int expectedRows) {
        long before = reads();
        var response = tester.document(PAGE).variable("first", first).execute();
        response.errors().verify();
        response.path("transactions.edges").entityList(Object.class).hasSize(expectedRows);
        var filings = response.path("transactions.edges[*].node.filing.accessionNumber").entityList(String.class)
                .get();
        assertThat(filings.stream().distinct().count()).isGreaterThan(1);
        return reads() - before;
    }

    private long reads() {
        return (long) meters.get(GraphReads.READS_METER).counter().count();
    }
}
