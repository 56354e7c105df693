package io.insidergraph.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;

/** Filtered, sorted transaction pages on the samples, walked across pages without gaps or repeats. */
class TransactionsIT extends ApiTestBase {

    private static final String ALPHABET = "0001652044";

    private static final String PAGE = """
            query($filter: TransactionFilter, $first: Int, $after: String, $orderBy: TransactionOrder) {
              transactions(filter: $filter, first: $first, after: $after, orderBy: $orderBy) {
                totalCount
                pageInfo { hasNextPage endCursor }
                edges { cursor node { id transactionDate code shares pricePerShare value } }
              }
            }""";

    /** Rows of one date come as their filing lists them: non-derivative before derivative, each by position. */
    @Test
    void teslaTransactionsNewestFirstThenAsTheFilingListsThem() {
        var response = tester.document(PAGE).variable("filter", Map.of("issuerCik", TESLA)).variable("first", 5)
                .execute();
        response.errors().verify();
        response.path("transactions.totalCount").entity(Integer.class).isEqualTo(35);
        response.path("transactions.pageInfo.hasNextPage").entity(Boolean.class).isEqualTo(true);
        response.path("transactions.edges[*].node.id").entityList(String.class).containsExactly(
                "0000899243-23-008179:T:N:0", "0000899243-23-008179:T:N:1", "0000899243-23-008179:T:D:0",
                "0000899243-23-008179:T:D:1", "0001494730-20-000001:T:N:0");
        response.path("transactions.edges[4].node.code").entity(String.class).isEqualTo("P");
        response.path("transactions.edges[4].node.shares").entity(Double.class).isEqualTo(13037.0);
        response.path("transactions.edges[4].node.pricePerShare").entity(Double.class).isEqualTo(767.0);
    }

    /**
     * Regression: ties within one date were broken by the id's string order, so a filing's rows came back 0, 1, 10,
     * 2, ... A real Form 4 of Alphabet's (src/test/resources/corpus, see MANIFEST.tsv) with eleven sales on
     * 2018-09-19, walked whole and three at a time, comes back in the order the filing lists them.
     */
    @Test
    void rowsOfOneDateComeInPositionOrderRowTenAfterRowNine() throws Exception {
        var rejects = Files.createTempFile("insidergraph-rejects-", ".tsv");
        ingest.ingest(List.of(Path.of("src/test/resources/corpus/filings/joeychilson__edgar_client/doc4.xml")),
                rejects);
        var filter = Map.<String, Object>of("issuerCik", ALPHABET);
        var response = tester.document("""
                query($filter: TransactionFilter) {
                  transactions(filter: $filter, first: 20) {
                    edges { node { id transactionDate shares pricePerShare filing { accessionNumber } } }
                  }
                }""").variable("filter", filter).execute();
        response.errors().verify();
        var accession = response.path("transactions.edges[0].node.filing.accessionNumber").entity(String.class).get();
        response.path("transactions.edges[*].node.id").entityList(String.class).containsExactly(
                IntStream.rangeClosed(0, 10).mapToObj(position -> accession + ":T:N:" + position).toArray(String[]::new));
        assertThat(response.path("transactions.edges[*].node.transactionDate").entityList(String.class).get())
                .hasSize(11).containsOnly("2018-09-19");
        response.path("transactions.edges[*].node.shares").entityList(Double.class).containsExactly(325.0, 1303.0,
                978.0, 1106.0, 2462.0, 200.0, 400.0, 2326.0, 300.0, 400.0, 200.0);
        response.path("transactions.edges[*].node.pricePerShare").entityList(Double.class).containsExactly(1168.96,
                1155.6976, 1156.6848, 1157.7838, 1159.1521, 1160.685, 1161.91, 1163.6992, 1164.95, 1165.755, 1166.77);
        assertThat(walk(filter, "DATE", 3)).as("three at a time, each page after the last's cursor")
                .isEqualTo(walk(filter, "DATE", 200)).hasSize(11).endsWith(accession + ":T:N:9", accession + ":T:N:10");
    }

    @Test
    void muskPurchasesLargestValueFirst() {
        var response = tester.document(PAGE)
                .variable("filter", Map.of("ownerCik", "1494730", "codes", List.of("p")))
                .variable("first", 3).variable("orderBy", "VALUE").execute();
        response.errors().verify();
        response.path("transactions.totalCount").entity(Integer.class).isEqualTo(23);
        response.path("transactions.edges[*].node.id").entityList(String.class).containsExactly(
                "0001494730-13-000004:T:N:0", "0001494730-19-000001:T:N:0", "0001181431-12-066021:T:N:6");
        response.path("transactions.edges[0].node.value").entity(Double.class).isEqualTo(100000058.96);
        response.path("transactions.edges[2].node.value").entity(Double.class).isEqualTo(15000000.0);
    }

    @Test
    void pagesOfEveryOrderAndFilterJoinUpToTheWholeListWithoutGapsOrRepeats() {
        var filters = List.<Map<String, Object>>of(Map.of("issuerCik", TESLA), Map.of("ownerCik", MUSK),
                Map.of("codes", List.of("S", "P")), Map.of());
        for (var filter : filters) {
            for (var order : List.of("DATE", "VALUE")) {
                var all = walk(filter, order, 200);
                int total = tester.document(PAGE).variable("filter", filter).variable("first", 0).execute()
                        .path("transactions.totalCount").entity(Integer.class).get();
                assertThat(all).hasSize(total).doesNotHaveDuplicates();
                var walked = walk(filter, order, 7);
                assertThat(walked).as("%s by %s", filter, order).isEqualTo(all);
            }
        }
    }

    private List<String> walk(Map<String, Object> filter, String order, int pageSize) {
        var ids = new ArrayList<String>();
        String after = null;
        boolean more = true;
        while (more) {
            var page = tester.document(PAGE).variable("filter", filter).variable("first", pageSize)
                    .variable("after", after).variable("orderBy", order).execute();
            ids.addAll(page.path("transactions.edges[*].node.id").entityList(String.class).get());
            more = page.path("transactions.pageInfo.hasNextPage").entity(Boolean.class).get();
            after = page.path("transactions.pageInfo.endCursor").entity(String.class).get();
        }
        return ids;
    }

    @Test
    void filtersByDateRangeDerivativeAndMinimumValue() {
        var response = tester.document(PAGE)
                .variable("filter", Map.of("issuerCik", TESLA, "from", "2018-01-01", "to", "2018-12-31",
                        "derivative", false, "minValue", 1000000.0))
                .variable("first", 50).execute();
        response.errors().verify();
        response.path("transactions.totalCount").entity(Integer.class).isEqualTo(11);
        response.path("transactions.edges[*].node.transactionDate").entityList(String.class)
                .satisfies(dates -> assertThat(dates).allMatch(d -> d.startsWith("2018-")));
        response.path("transactions.edges[*].node.value").entityList(Double.class)
                .satisfies(values -> assertThat(values).allMatch(v -> v >= 1000000.0));
    }

    @Test
    void companyAndPersonTransactionsAreTheSameConnection() {
        var response = tester.document("""
                { company(cik: "1318605") { transactions(first: 2) { totalCount edges { node { id } } } }
                  person(cik: "1494730") { transactions(filter: { issuerCik: "1318605" }, first: 2) {
                      totalCount edges { node { id } } } } }""").execute();
        response.errors().verify();
        response.path("company.transactions.totalCount").entity(Integer.class).isEqualTo(35);
        response.path("person.transactions.totalCount").entity(Integer.class).isEqualTo(35);
        response.path("person.transactions.edges[*].node.id").entityList(String.class)
                .containsExactly("0000899243-23-008179:T:N:0", "0000899243-23-008179:T:N:1");
    }

    @Test
    void explicitNullArgumentsTakeTheSchemaDefaults() {
        var response = tester.document("""
                { transactions(filter: { issuerCik: "1318605" }, first: null, orderBy: null) {
                    edges { node { id } } } }""").execute();
        response.errors().verify();
        response.path("transactions.edges").entityList(Object.class).hasSize(35);
        response.path("transactions.edges[0].node.id").entity(String.class).isEqualTo("0000899243-23-008179:T:N:0");
    }

    @Test
    void companyFilingsNewestFirst() {
        var response = tester.document("""
                { company(cik: "1318605") { filings(first: 3) { totalCount pageInfo { hasNextPage }
                    edges { node { accessionNumber periodOfReport } } } } }""").execute();
        response.errors().verify();
        response.path("company.filings.totalCount").entity(Integer.class).isEqualTo(8);
        response.path("company.filings.pageInfo.hasNextPage").entity(Boolean.class).isEqualTo(true);
        response.path("company.filings.edges[*].node.accessionNumber").entityList(String.class)
                .containsExactly("0000899243-23-008179", "0001494730-20-000001", "0001494730-19-000001");
    }
}
