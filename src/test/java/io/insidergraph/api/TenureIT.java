package io.insidergraph.api;

import org.junit.jupiter.api.Test;

/**
 * The tenure rule through the API, on real owners of the corpus whose filings show each part of it: the gap after
 * the last report that the grace period covers, the filing that ends a role, a role reported again, the filings of
 * one day taken together. Expected spells are those of {@code src/test/resources/tenure/spells-corpus.tsv}, which
 * {@code spells.py} computes independently of the application.
 */
class TenureIT extends CorpusApiTestBase {

    static final String TESLA = "0001318605";
    static final String WILSON_THOMPSON = "0001331680";
    static final String MUSK = "0001494730";

    @Test
    void wilsonThompsonSitsOnTeslasBoardForTheGracePeriodAfterHerOnlyReport() {
        // Kathleen Wilson-Thompson, a Tesla director since 2018, has one filing in the corpus: a Form 4 for
        // 2025-01-06 (0000950170-25-003585). Under the old rule (first to last report, graceDays: 0) she sat on the
        // board that day only; with the default 450 days she sits through 2026-04-01. Insiders come by display name:
        // Elon Musk, then Kathleen Wilson-Thompson.
        var response = tester.document("""
                { company(cik: "1318605") {
                    onTheDay: insiders(role: DIRECTOR, asOf: "2025-01-06", graceDays: 0) { owner { cik } }
                    nextDayOldRule: insiders(role: DIRECTOR, asOf: "2025-01-07", graceDays: 0) { owner { cik } }
                    nextDay: insiders(role: DIRECTOR, asOf: "2025-01-07") { owner { cik } since lastReported until }
                    lastDay: insiders(role: DIRECTOR, asOf: "2026-04-01") { owner { cik } }
                    dayAfter: insiders(role: DIRECTOR, asOf: "2026-04-02") { owner { cik } }
                    shortGrace: insiders(role: DIRECTOR, asOf: "2025-04-16", graceDays: 100) { owner { cik } }
                    pastShortGrace: insiders(role: DIRECTOR, asOf: "2025-04-17", graceDays: 100) { owner { cik } } } }
                """).execute();
        response.errors().verify();
        response.path("company.onTheDay[*].owner.cik").entityList(String.class).containsExactly(MUSK, WILSON_THOMPSON);
        response.path("company.nextDayOldRule[*].owner.cik").entityList(String.class).containsExactly(MUSK);
        response.path("company.nextDay[*].owner.cik").entityList(String.class).containsExactly(MUSK, WILSON_THOMPSON);
        response.path("company.nextDay[1].since").entity(String.class).isEqualTo("2025-01-06");
        response.path("company.nextDay[1].lastReported").entity(String.class).isEqualTo("2025-01-06");
        // 2025-01-06 + 450 days, before the newest period of report in the corpus (2026-06-08)
        response.path("company.nextDay[1].until").entity(String.class).isEqualTo("2026-04-01");
        // Musk last reported for 2025-09-12: 450 days later is past the newest period, so he may still hold it
        response.path("company.nextDay[0].since").entity(String.class).isEqualTo("2010-07-02");
        response.path("company.nextDay[0].lastReported").entity(String.class).isEqualTo("2025-09-12");
        response.path("company.nextDay[0].until").valueIsNull();
        response.path("company.lastDay[*].owner.cik").entityList(String.class).containsExactly(MUSK, WILSON_THOMPSON);
        response.path("company.dayAfter[*].owner.cik").entityList(String.class).containsExactly(MUSK);
        response.path("company.shortGrace[*].owner.cik").entityList(String.class).containsExactly(MUSK, WILSON_THOMPSON);
        response.path("company.pastShortGrace[*].owner.cik").entityList(String.class).containsExactly(MUSK);
    }

    @Test
    void aFilingThatNoLongerReportsTheRoleEndsItWhateverTheGracePeriod() {
        // Reid Hoffman, director and 10 % owner of Reinvent Technology Partners Z on 2020-11-18; his Form 4 for
        // 2021-08-02 ticks only "other" ("Former Director and 10% Owner"): both roles end the day before
        var response = tester.document("""
                { person(cik: "1519339") {
                    before: positions(asOf: "2021-08-01", graceDays: 3000) { company { cik } role until }
                    after: positions(asOf: "2021-08-02", graceDays: 3000) { company { cik } role title } } }""")
                .execute();
        response.errors().verify();
        response.path("person.before[?(@.company.cik == '0001828105')].role").entityList(String.class)
                .containsExactly("DIRECTOR", "TEN_PERCENT_OWNER");
        response.path("person.before[?(@.company.cik == '0001828105')].until").entityList(String.class)
                .containsExactly("2021-08-01", "2021-08-01");
        response.path("person.after[?(@.company.cik == '0001828105')].role").entityList(String.class)
                .containsExactly("OTHER");
        response.path("person.after[?(@.company.cik == '0001828105')].title").entityList(String.class)
                .containsExactly("Former Director and 10% Owner");
    }

    @Test
    void aRoleReportedAgainStartsANewSpellThatLastsUntilTheNextFilingWithoutIt() {
        // Peter Thiel at Palantir: 10 % owner for 2020-09-30; director only for 2021-05-05; 10 % owner again for
        // 2021-05-11 .. 2021-08-13; his next filing for Palantir, 823 days later (2023-11-14), is as a director
        // only. The second spell holds through 2023-11-13 even with no grace period: no filing ended it before.
        var response = tester.document("""
                { company(cik: "1321655") {
                    spells: insiders(role: TEN_PERCENT_OWNER) { owner { cik } since lastReported until filings }
                    between: insiders(role: TEN_PERCENT_OWNER, asOf: "2021-05-07") { owner { cik } }
                    again: insiders(role: TEN_PERCENT_OWNER, asOf: "2021-05-11") { since }
                    inTheGap: insiders(role: TEN_PERCENT_OWNER, asOf: "2023-11-13", graceDays: 0) { since until }
                    ended: insiders(role: TEN_PERCENT_OWNER, asOf: "2023-11-14") { since } } }""").execute();
        response.errors().verify();
        response.path("company.spells[*].owner.cik").entityList(String.class).containsExactly("0001211060", "0001211060");
        response.path("company.spells[*].since").entityList(String.class).containsExactly("2020-09-30", "2021-05-11");
        response.path("company.spells[*].lastReported").entityList(String.class)
                .containsExactly("2020-09-30", "2021-08-13");
        response.path("company.spells[*].until").entityList(String.class).containsExactly("2021-05-04", "2023-11-13");
        response.path("company.spells[*].filings").entityList(Integer.class).containsExactly(2, 3);
        response.path("company.between").entityList(Object.class).hasSize(0);
        response.path("company.again[*].since").entityList(String.class).containsExactly("2021-05-11");
        response.path("company.inTheGap[*].until").entityList(String.class).containsExactly("2023-11-13");
        response.path("company.ended").entityList(Object.class).hasSize(0);
    }

    @Test
    void spellsAreEdgesOfTheNeighbourhoodWithIdsThatTellThemApart() {
        var response = tester.document("""
                { neighborhood(cik: "1321655", hops: 1, roles: [TEN_PERCENT_OWNER]) {
                    edges { id source target since lastReported until } } }""").execute();
        response.errors().verify();
        response.path("neighborhood.edges[*].id").entityList(String.class).containsExactly(
                "0001211060-TEN_PERCENT_OWNER-0001321655", "0001211060-TEN_PERCENT_OWNER-0001321655@2021-05-11");
        response.path("neighborhood.edges[*].until").entityList(String.class).containsExactly("2021-05-04", "2023-11-13");
    }

    @Test
    void graceDaysOutsideItsBoundsIsABadRequestNamingIt() {
        tester.document("{ company(cik: \"1318605\") { insiders(asOf: \"2025-01-07\", graceDays: -1) { since } } }")
                .execute().errors().expect(error -> error.getMessage().equals(
                        "graceDays must be between 0 and 3653 (at most ten years), was -1")).verify();
    }
}
