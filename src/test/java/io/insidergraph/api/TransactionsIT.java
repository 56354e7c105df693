package io.insidergraph.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

/** Filtered, sorted transaction pages on the samples, walked across pages without gaps or repeats. */
class TransactionsIT extends ApiTestBase {

    private static final String PAGE = """
            query($filter: TransactionFilter, $first: Int, $after: String, $orderBy: TransactionOrder) {
              transactions(filter: $filter, first: $first, after: $after, orderBy: $orderBy) {
                totalCount
                pageInfo { hasNextPage endCursor }
                edges { cursor node { id transactionDate code shares pricePerShare value } }
              }
            }""";

    @Test
    void teslaTransactionsNewestFirstThenById() {
        var response = tester.document(PAGE).variable("filter", Map.of("issuerCik", TESLA)).variable("first", 5)
                .execute();
        response.errors().verify();
        response.path("transactions.totalCount").entity(Integer.class).isEqualTo(35);
        response.path("transactions.pageInfo.hasNextPage").entity(Boolean.class).isEqualTo(true);
        response.path("transactions.edges[*].node.id").entityList(String.class).containsExactly(
                "0000899243-23-008179:T:D:0", "0000899243-23-008179:T:D:1", "0000899243-23-008179:T:N:0",
                "0000899243-23-008179:T:N:1", "0001494730-20-000001:T:N:0");
        response.path("transactions.edges[4].node.code").entity(String.class).isEqualTo("P");
        response.path("transactions.edges[4].node.shares").entity(Double.class).isEqualTo(13037.0);
        response.path("transactions.edges[4].node.pricePerShare").entity(Double.class).isEqualTo(767.0);
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
                .containsExactly("0000899243-23-008179:T:D:0", "0000899243-23-008179:T:D:1");
    }

    @Test
    void explicitNullArgumentsTakeTheSchemaDefaults() {
        var response = tester.document("""
                { transactions(filter: { issuerCik: "1318605" }, first: null, orderBy: null) {
                    edges { node { id } } } }""").execute();
        response.errors().verify();
        response.path("transactions.edges").entityList(Object.class).hasSize(35);
        response.path("transactions.edges[0].node.id").entity(String.class).isEqualTo("0000899243-23-008179:T:D:0");
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
