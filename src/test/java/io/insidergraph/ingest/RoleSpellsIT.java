package io.insidergraph.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import io.insidergraph.graph.Role;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The tenure rule at ingest: role edges are the spells that {@code src/test/resources/tenure/spells.py} (Python,
 * independent of both writers) finds in the same filings, whichever writer builds them; and, written out, the real
 * owners whose filings show each part of the rule.
 */
class RoleSpellsIT extends IsolatedGraphTest {

    private static final Path TENURE = Path.of("src/test/resources/tenure");

    @ParameterizedTest
    @EnumSource(Writers.class)
    void everyWriterStoresTheSpellsTheIndependentScriptFindsInTheCorpus(Writers writer) throws Exception {
        IngestFixture.ingest(writer.on(neo4j), 100, List.of(IngestFixture.CORPUS));

        assertThat(spells()).containsExactlyElementsOf(expected("spells-corpus.tsv"));
    }

    @ParameterizedTest
    @EnumSource(Writers.class)
    void everyWriterStoresTheSpellsTheIndependentScriptFindsInTheSamples(Writers writer) throws Exception {
        IngestFixture.ingest(writer.on(neo4j), 100, List.of(IngestFixture.SAMPLES));

        assertThat(spells()).containsExactlyElementsOf(expected("spells-samples.tsv"));
    }

    @Test
    void aRoleReportedAgainAfterAFilingWithoutItStartsASecondSpell() throws Exception {
        IngestFixture.ingest(neo4j, IngestFixture.CORPUS);

        // Peter Thiel at Palantir: a 10 % owner on 2020-09-30; his Form 4 for 2021-05-05 reports him as a director
        // only, the one for 2021-05-11 as a 10 % owner again, the last before 2023-11-14 (director only) 2021-08-13
        assertThat(spells("0001211060", "0001321655", Role.TEN_PERCENT_OWNER)).containsExactly(
                "2020-09-30 2020-09-30 2021-05-04 2", "2021-05-11 2021-08-13 2023-11-13 3");
        assertThat(spells("0001211060", "0001321655", Role.DIRECTOR)).containsExactly("2020-09-30 2024-09-27 null 11");
    }

    @Test
    void aFilingThatNoLongerReportsARoleEndsItTheDayBefore() throws Exception {
        IngestFixture.ingest(neo4j, IngestFixture.CORPUS);

        // Reid Hoffman at Reinvent Technology Partners Z: director and 10 % owner on 2020-11-18; his filing for
        // 2021-08-02 ticks "other" only, with the text "Former Director and 10% Owner"
        assertThat(spells("0001519339", "0001828105", Role.DIRECTOR)).containsExactly("2020-11-18 2020-11-18 2021-08-01 1");
        assertThat(spells("0001519339", "0001828105", Role.TEN_PERCENT_OWNER))
                .containsExactly("2020-11-18 2020-11-18 2021-08-01 1");
        assertThat(spells("0001519339", "0001828105", Role.OTHER)).containsExactly("2021-08-02 2021-08-02 null 1");
    }

    @Test
    void filingsOfOneDayCountTogether() throws Exception {
        IngestFixture.ingest(neo4j, IngestFixture.CORPUS);

        // Elon Musk filed four Forms 4 for 2021-11-09; one (0000899243-21-044235) does not tick "10 % owner", the
        // others do: the day reports the role, and his 10 % ownership of Tesla is one spell
        assertThat(neo4j.count("""
                MATCH (:Person {cik: '0001494730'})-[r:FILED]->(f:Filing {periodOfReport: date('2021-11-09')})
                WHERE NOT r.isTenPercentOwner RETURN count(f)""")).isEqualTo(1);
        assertThat(spells("0001494730", "0001318605", Role.TEN_PERCENT_OWNER))
                .containsExactly("2010-07-02 2025-09-12 null 57");
    }

    private static List<String> expected(String file) throws Exception {
        return Files.readAllLines(TENURE.resolve(file)).stream().skip(1).sorted().toList();
    }

    /** Every role edge as a row of the script's TSV. */
    private static List<String> spells() {
        return neo4j.driver().executableQuery("""
                MATCH (o:Entity)-[r:DIRECTOR_OF|OFFICER_OF|TEN_PERCENT_OWNER_OF|OTHER_INSIDER_OF]->(c:Entity)
                RETURN o.cik AS owner, c.cik AS issuer, type(r) AS type, r""").execute().records().stream()
                .map(row -> {
                    var r = row.get("r").asRelationship();
                    return String.join("\t", row.get("owner").asString(), row.get("issuer").asString(),
                            Role.ofRelationshipType(row.get("type").asString()).name(), date(r.get("since")),
                            date(r.get("lastReported")), date(r.get("until")),
                            String.valueOf(r.get("filings").asLong()),
                            r.get("title").isNull() ? "" : r.get("title").asString());
                }).sorted().toList();
    }

    private static String date(org.neo4j.driver.Value value) {
        return value.isNull() ? "" : value.asLocalDate().toString();
    }

    private static List<String> spells(String owner, String issuer, Role role) {
        return neo4j.driver().executableQuery("""
                MATCH (:Entity {cik: $owner})-[r:$($type)]->(:Entity {cik: $issuer})
                RETURN r.since AS since, r.lastReported AS last, r.until AS until, r.filings AS filings
                ORDER BY since""").withParameters(java.util.Map.of("owner", owner, "issuer", issuer,
                        "type", role.relationshipType())).execute().records().stream()
                .map(r -> r.get("since").asLocalDate() + " " + r.get("last").asLocalDate() + " "
                        + (r.get("until").isNull() ? "null" : r.get("until").asLocalDate()) + " "
                        + r.get("filings").asLong())
                .toList();
    }
}
