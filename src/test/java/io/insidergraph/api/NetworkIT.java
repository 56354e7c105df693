package io.insidergraph.api;

import org.junit.jupiter.api.Test;

/** Rosters, interlocks, shortest paths and neighbourhoods over the real role edges of the samples. */
class NetworkIT extends ApiTestBase {

    @Test
    void yelpAndAffirmShareTwoDirectorsAndYahooOne() {
        var response = tester.document("""
                { interlocks(cik: "1345016") { company { cik name } sharedInsiders { cik ... on Person { displayName } } } }
                """).execute();
        response.errors().verify();
        response.path("interlocks[*].company.cik").entityList(String.class).containsExactly(AFFIRM, YAHOO);
        response.path("interlocks[0].sharedInsiders[*].displayName").entityList(String.class)
                .containsExactly("Keith Rabois", "Max R Levchin");
        response.path("interlocks[1].sharedInsiders[*].cik").entityList(String.class).containsExactly(LEVCHIN);
    }

    @Test
    void interlocksAsOfKeepOnlyBoardsBothHeldThatDay() {
        // Levchin reported as a director of Yahoo 2012-12-11..2013-03-31 and of Yelp 2012-03-01..2013-05-28 (the
        // samples hold his first and last filing at each); Affirm came in 2021. With the default grace period of
        // 450 days both seats last into 2014; with none, his Yahoo seat ends at his last report there.
        tester.document("{ interlocks(cik: \"1345016\", asOf: \"2013-03-01\") { company { cik } } }").execute()
                .path("interlocks[*].company.cik").entityList(String.class).containsExactly(YAHOO);
        tester.document("{ interlocks(cik: \"1345016\", asOf: \"2013-04-15\") { company { cik } } }").execute()
                .path("interlocks[*].company.cik").entityList(String.class).containsExactly(YAHOO);
        tester.document("{ interlocks(cik: \"1345016\", asOf: \"2013-04-15\", graceDays: 0) { company { cik } } }")
                .execute().path("interlocks").entityList(Object.class).hasSize(0);
        tester.document("{ interlocks(cik: \"1345016\", asOf: \"2014-06-25\") { company { cik } } }").execute()
                .path("interlocks").entityList(Object.class).hasSize(0);
        tester.document("{ interlocks(cik: \"1345016\", role: TEN_PERCENT_OWNER) { company { cik } } }").execute()
                .path("interlocks[*].company.cik").entityList(String.class).containsExactly(AFFIRM);
    }

    @Test
    void yelpInsidersOnADateWithTheDefaultGracePeriodAndWithout() {
        // Rabois last reported as a Yelp director for 2013-03-05; no later filing of his for Yelp drops the role, so
        // it lasts 450 days past that (through 2014-05-29), or not at all past it with graceDays: 0
        var response = tester.document("""
                { company(cik: "1345016") {
                    all: insiders { owner { cik } role since lastReported until filings }
                    directors: insiders(role: DIRECTOR) { owner { cik } }
                    april2013: insiders(role: DIRECTOR, asOf: "2013-04-01") { owner { cik } until }
                    april2013NoGrace: insiders(role: DIRECTOR, asOf: "2013-04-01", graceDays: 0) { owner { cik } until }
                    june2014: insiders(role: DIRECTOR, asOf: "2014-06-01") { owner { cik } until } } }""").execute();
        response.errors().verify();
        response.path("company.all[*].owner.cik").entityList(String.class).containsExactly(RABOIS, LEVCHIN, LEVCHIN);
        response.path("company.all[*].role").entityList(String.class)
                .containsExactly("DIRECTOR", "DIRECTOR", "TEN_PERCENT_OWNER");
        response.path("company.all[0].since").entity(String.class).isEqualTo("2012-03-01");
        response.path("company.all[0].lastReported").entity(String.class).isEqualTo("2013-03-05");
        response.path("company.all[0].until").entity(String.class).isEqualTo("2014-05-29");
        response.path("company.all[0].filings").entity(Integer.class).isEqualTo(2);
        response.path("company.directors[*].owner.cik").entityList(String.class).containsExactly(RABOIS, LEVCHIN);
        response.path("company.april2013[*].owner.cik").entityList(String.class).containsExactly(RABOIS, LEVCHIN);
        response.path("company.april2013NoGrace[*].owner.cik").entityList(String.class).containsExactly(LEVCHIN);
        response.path("company.april2013NoGrace[0].until").entity(String.class).isEqualTo("2013-05-28");
        response.path("company.june2014[*].owner.cik").entityList(String.class).containsExactly(LEVCHIN);
        response.path("company.june2014[0].until").entity(String.class).isEqualTo("2014-08-21");
    }

    @Test
    void positionsOfBothaAsOfAndOfficerTitles() {
        var response = tester.document("""
                { botha: person(cik: "1222287") { all: positions { company { cik } }
                    in2023: positions(asOf: "2023-01-01") { company { name } role }
                    in2023NoGrace: positions(asOf: "2023-01-01", graceDays: 0) { company { name } } }
                  musk: person(cik: "1494730") { positions { company { name } role title } } }""").execute();
        response.errors().verify();
        // the samples hold Botha's first and last filing at each company: with the grace period, Eventbrite (last
        // report 2022-04-13) and Bird (2022-06-08) still count on 2023-01-01; the 10 % ownerships of MongoDB, Unity
        // and 23andMe last until the filing that no longer reports them (2024-06-25, 2024-06-05, 2024-08-26)
        response.path("botha.all").entityList(Object.class).hasSize(13);
        response.path("botha.in2023[*].company.name").entityList(String.class).containsExactly("Natera, Inc.",
                "Block, Inc.", "MongoDB, Inc.", "MongoDB, Inc.", "Eventbrite, Inc.", "Eventbrite, Inc.",
                "Unity Software Inc.", "Unity Software Inc.", "23andMe Holding Co.", "23andMe Holding Co.",
                "Bird Global, Inc.");
        response.path("botha.in2023NoGrace[*].company.name").entityList(String.class).containsExactly(
                "Natera, Inc.", "Block, Inc.", "MongoDB, Inc.", "MongoDB, Inc.", "Unity Software Inc.",
                "Unity Software Inc.", "23andMe Holding Co.", "23andMe Holding Co.");
        response.path("musk.positions[*].title").entityList(String.class).contains("CEO");
    }

    @Test
    void coInsidersOfThielAndBotha() {
        var response = tester.document("""
                { thiel: person(cik: "1211060") { coInsiders { insider { name } companies { name } } }
                  botha: person(cik: "1222287") { coInsiders(role: DIRECTOR) { insider { cik } companies { cik } } } }
                """).execute();
        response.errors().verify();
        response.path("thiel.coInsiders[*].insider.name").entityList(String.class)
                .containsExactly("MITHRIL II LP", "Mithril II GP LP", "Mithril II UGP LLC");
        response.path("thiel.coInsiders[0].companies[*].name").entityList(String.class)
                .containsExactly("Adagio Therapeutics, Inc.");
        response.path("botha.coInsiders[*].insider.cik").entityList(String.class).containsExactly(SACKS);
        response.path("botha.coInsiders[0].companies[*].cik").entityList(String.class).containsExactly(BIRD);
    }

    @Test
    void shortestPathFromBothaToRumbleRunsThroughBirdAndSacks() {
        var response = tester.document("""
                { shortestPath(fromCik: "1222287", toCik: "1830081") {
                    length nodes { id cik label kind hops } edges { id source target role since until } } }""")
                .execute();
        response.errors().verify();
        response.path("shortestPath.length").entity(Integer.class).isEqualTo(3);
        response.path("shortestPath.nodes[*].cik").entityList(String.class).containsExactly(BOTHA, BIRD, SACKS, RUMBLE);
        response.path("shortestPath.nodes[*].kind").entityList(String.class)
                .containsExactly("Person", "Company", "Person", "Company");
        response.path("shortestPath.nodes[0].label").entity(String.class).isEqualTo("Roelof Botha");
        response.path("shortestPath.edges[*].source").entityList(String.class).containsExactly(BOTHA, SACKS, SACKS);
        response.path("shortestPath.edges[*].target").entityList(String.class).containsExactly(BIRD, BIRD, RUMBLE);
        response.path("shortestPath.edges[2].since").entity(String.class).isEqualTo("2023-06-29");
    }

    @Test
    void noPathWithinTooFewHopsOrBetweenSeparateNetworks() {
        var response = tester.document("""
                { short: shortestPath(fromCik: "1222287", toCik: "1830081", maxHops: 2) { length }
                  apart: shortestPath(fromCik: "1963683", toCik: "1222287") { length }
                  self: shortestPath(fromCik: "1963683", toCik: "1963683") { length nodes { cik } } }""").execute();
        response.errors().verify();
        response.path("short").valueIsNull();
        response.path("apart").valueIsNull();
        response.path("self.length").entity(Integer.class).isEqualTo(0);
        response.path("self.nodes[*].cik").entityList(String.class).containsExactly(LAGUERRE);
    }

    @Test
    void neighbourhoodOfYelpWithinTwoHops() {
        var response = tester.document("""
                { neighborhood(cik: "1345016", hops: 2) { truncated nodes { id label kind hops }
                    edges { id source target role } } }""").execute();
        response.errors().verify();
        response.path("neighborhood.truncated").entity(Boolean.class).isEqualTo(false);
        response.path("neighborhood.nodes[*].id").entityList(String.class)
                .containsExactly(YELP, LEVCHIN, RABOIS, YAHOO, AFFIRM);
        response.path("neighborhood.nodes[*].hops").entityList(Integer.class).containsExactly(0, 1, 1, 2, 2);
        response.path("neighborhood.nodes[1].label").entity(String.class).isEqualTo("Max R Levchin");
        response.path("neighborhood.edges").entityList(Object.class).hasSize(8);
        response.path("neighborhood.edges[*].id").entityList(String.class).contains(
                LEVCHIN + "-DIRECTOR-" + YAHOO, LEVCHIN + "-OFFICER-" + AFFIRM, RABOIS + "-DIRECTOR-" + AFFIRM);
    }

    @Test
    void neighbourhoodLimitTruncatesAndRolesAndAsOfFilter() {
        var response = tester.document("""
                { limited: neighborhood(cik: "1345016", hops: 2, limit: 4) { truncated nodes { id } edges { id } }
                  officers: neighborhood(cik: "1345016", hops: 2, roles: [TEN_PERCENT_OWNER]) { nodes { id } }
                  april2013: neighborhood(cik: "1345016", hops: 2, asOf: "2013-04-01", graceDays: 0) { nodes { id } }
                  unknown: neighborhood(cik: "9999999999") { truncated nodes { id } } }""").execute();
        response.errors().verify();
        response.path("limited.truncated").entity(Boolean.class).isEqualTo(true);
        response.path("limited.nodes[*].id").entityList(String.class).containsExactly(YELP, LEVCHIN, RABOIS, YAHOO);
        response.path("officers.nodes[*].id").entityList(String.class).containsExactly(YELP, LEVCHIN, AFFIRM);
        response.path("april2013.nodes[*].id").entityList(String.class).containsExactly(YELP, LEVCHIN);
        response.path("unknown.truncated").entity(Boolean.class).isEqualTo(false);
        response.path("unknown.nodes").entityList(Object.class).hasSize(0);
    }
}
