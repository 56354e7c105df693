package io.insidergraph.api;

import org.junit.jupiter.api.Test;

/** Cluster buys and net buying on the open-market trades of the samples. */
class ScreensIT extends ApiTestBase {

    @Test
    void adagioIsTheClusterBuyOfFourInsiders() {
        var response = tester.document("""
                { clusterBuys(minInsiders: 3, windowDays: 30, minValue: 1000000) {
                    issuer { cik } start end insiderCount purchases shares value insiders { cik } } }""").execute();
        response.errors().verify();
        response.path("clusterBuys[*].issuer.cik").entityList(String.class).containsExactly(ADAGIO);
        response.path("clusterBuys[0].start").entity(String.class).isEqualTo("2021-08-10");
        response.path("clusterBuys[0].end").entity(String.class).isEqualTo("2021-08-10");
        response.path("clusterBuys[0].insiderCount").entity(Integer.class).isEqualTo(4);
        response.path("clusterBuys[0].purchases").entity(Integer.class).isEqualTo(1);
        response.path("clusterBuys[0].shares").entity(Double.class).isEqualTo(1997000.0);
        response.path("clusterBuys[0].value").entity(Double.class).isEqualTo(33949000.0);
        response.path("clusterBuys[0].insiders[*].cik").entityList(String.class).contains(THIEL);
    }

    @Test
    void windowsInsideALargerClusterAreNotRepeated() {
        // Musk bought SolarCity on 2012-12-18, 12-26 and 12-27: one window from the 18th holds all three
        var response = tester.document("""
                { clusterBuys(minInsiders: 1, windowDays: 30, minValue: 0, from: "2012-12-01", to: "2012-12-31") {
                    issuer { name } start end purchases value } }""").execute();
        response.errors().verify();
        response.path("clusterBuys[*].issuer.name").entityList(String.class).containsExactly("SOLARCITY CORP");
        response.path("clusterBuys[0].start").entity(String.class).isEqualTo("2012-12-18");
        response.path("clusterBuys[0].end").entity(String.class).isEqualTo("2012-12-27");
        response.path("clusterBuys[0].purchases").entity(Integer.class).isEqualTo(3);
    }

    @Test
    void teslaNetBuying() {
        var response = tester.document("""
                { netBuying(issuerCik: "1318605") { issuer { ticker } buyers sellers sharesBought sharesSold
                    valueBought valueSold netShares netValue } }""").execute();
        response.errors().verify();
        response.path("netBuying[0].issuer.ticker").entity(String.class).isEqualTo("TSLA");
        response.path("netBuying[0].buyers").entity(Integer.class).isEqualTo(1);
        response.path("netBuying[0].sellers").entity(Integer.class).isEqualTo(1);
        response.path("netBuying[0].sharesBought").entity(Double.class).isEqualTo(1340944.0);
        response.path("netBuying[0].sharesSold").entity(Double.class).isEqualTo(1415167.0);
        response.path("netBuying[0].valueBought").entity(Double.class).isEqualTo(170773704.875);
        response.path("netBuying[0].valueSold").entity(Double.class).isEqualTo(24057839.0);
        response.path("netBuying[0].netShares").entity(Double.class).isEqualTo(-74223.0);
        response.path("netBuying[0].netValue").entity(Double.class).isEqualTo(146715865.875);
    }

    @Test
    void netBuyingOverAPeriodRanksIssuersByNetValue() {
        var response = tester.document("""
                { netBuying(from: "2021-01-01", to: "2021-12-31") { issuer { name } buyers sellers netValue } }""")
                .execute();
        response.errors().verify();
        response.path("netBuying[0].issuer.name").entity(String.class).isEqualTo("Adagio Therapeutics, Inc.");
        response.path("netBuying[0].buyers").entity(Integer.class).isEqualTo(4);
    }
}
