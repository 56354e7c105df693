package io.insidergraph.api;

import static org.assertj.core.api.Assertions.assertThat;

import io.insidergraph.graph.GraphReads;
import io.micrometer.core.instrument.MeterRegistry;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * No N+1: a page of transactions with each row's filing (and its issuer), issuer, owners and footnotes costs the same
 * six statements whether it holds 5 rows or 50, counted at the one place every read goes through (GraphReads).
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
