package io.insidergraph.ingest;

import static io.insidergraph.ingest.IngestFixture.CORPUS;
import static io.insidergraph.ingest.IngestFixture.SAMPLES;
import static io.insidergraph.ingest.IngestFixture.embeddedWriter;
import static io.insidergraph.ingest.IngestFixture.ingest;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/**
 * The ingest pipeline on real filings into the real engine: what the graph holds afterwards, node kind by node
 * kind and edge kind by edge kind, and that it is the same however often, in whatever order and with whichever
 * writer the filings arrive.
 */
class IngestPipelineIT extends IsolatedGraphTest {

    /**
     * Expected values counted from the sample files by src/test/resources/expected/count_graph.py (ElementTree;
     * securities by issuer, kind and title without case and spacing; footnote edges = footnoteId references that
     * name a footnote of the same filing).
     */
    @Test
    void samplesBecomeEveryNodeAndEdgeKind() throws Exception {
        var summary = ingest(neo4j, SAMPLES);

        assertThat(summary.ingested()).isEqualTo(68);
        assertThat(summary.skipped()).isZero();
        assertThat(summary.rejects()).isEmpty();
        assertThat(count("MATCH (n:Filing) RETURN count(n)")).isEqualTo(68);
        assertThat(count("MATCH (n:Entity) RETURN count(n)")).isEqualTo(39);
        assertThat(count("MATCH (n:Entity) WHERE n:Person OR n:Company RETURN count(n)")).isEqualTo(39);
        assertThat(count("MATCH (n:Person:Company) RETURN count(n)")).isZero();
        assertThat(count("MATCH (n:Transaction) RETURN count(n)")).isEqualTo(224);
        assertThat(count("MATCH (n:Holding) RETURN count(n)")).isEqualTo(137);
        assertThat(count("MATCH (n:Footnote) RETURN count(n)")).isEqualTo(283);
        assertThat(count("MATCH (n:Security) RETURN count(n)")).isEqualTo(99);

        assertThat(count("MATCH ()-[r:ISSUER]->() RETURN count(r)")).isEqualTo(68);
        assertThat(count("MATCH ()-[r:FILED]->() RETURN count(r)")).isEqualTo(76);
        assertThat(count("MATCH ()-[r:REPORTS]->() RETURN count(r)")).isEqualTo(224 + 137);
        assertThat(count("MATCH ()-[r:OF]->() RETURN count(r)")).isEqualTo(224 + 137);
        assertThat(count("MATCH ()-[r:ISSUED]->() RETURN count(r)")).isEqualTo(99);
        assertThat(count("MATCH ()-[r:UNDERLYING]->() RETURN count(r)")).isEqualTo(65);
        assertThat(count("MATCH ()-[r:HAS_FOOTNOTE]->() RETURN count(r)")).isEqualTo(283);
        assertThat(count("MATCH ()-[r:FOOTNOTE]->() RETURN count(r)")).isEqualTo(994);
        assertThat(count("MATCH ()-[r:DIRECTOR_OF]->() RETURN count(r)")).isEqualTo(28);
        assertThat(count("MATCH ()-[r:OFFICER_OF]->() RETURN count(r)")).isEqualTo(2);
        assertThat(count("MATCH ()-[r:TEN_PERCENT_OWNER_OF]->() RETURN count(r)")).isEqualTo(19);
        assertThat(count("MATCH ()-[r:OTHER_INSIDER_OF]->() RETURN count(r)")).isEqualTo(5);
        assertThat(count("MATCH ()-[r:AMENDS]->() RETURN count(r)")).isZero();
        assertThat(count("MATCH (c:Company)<-[:ISSUER]-() RETURN count(DISTINCT c)")).isEqualTo(27);
    }

    @Test
    void theSeedFilingIsStoredFieldByField() throws Exception {
        ingest(neo4j, SAMPLES.resolve("0001628280-25-025936.txt"));

        var filing = single("""
                MATCH (f:Filing {accessionNumber: '0001628280-25-025936'})-[:ISSUER]->(c:Company)
                RETURN f {.*} AS f, c {.*} AS c""");
        var f = filing.get("f").asMap();
        assertThat(f).containsEntry("formType", "4").containsEntry("schemaVersion", "X0508")
                .containsEntry("periodOfReport", LocalDate.of(2025, 5, 14))
                .containsEntry("filedAt", LocalDate.of(2025, 5, 15))
                .containsEntry("notSubjectToSection16", false).containsEntry("aff10b5One", false)
                .containsEntry("accessionSource", "HEADER").containsEntry("envelope", "SEC_DOCUMENT")
                .containsEntry("hasHeader", true).containsEntry("issuerCik", "0001043219");
        var c = filing.get("c").asMap();
        assertThat(c).containsEntry("cik", "0001043219").containsEntry("name", "ANNALY CAPITAL MANAGEMENT INC")
                .containsEntry("ticker", "NLY").containsEntry("sic", "6798")
                .containsEntry("stateOfIncorporation", "MD")
                .containsEntry("formerNames", List.of("ANNALY MORTGAGE MANAGEMENT INC"));

        var owner = single("""
                MATCH (p:Person {cik: '0001963683'})-[r:FILED]->(:Filing {accessionNumber: '0001628280-25-025936'})
                MATCH (p)-[d:DIRECTOR_OF]->(:Company {cik: '0001043219'})
                RETURN p.name AS name, p.displayName AS displayName, r {.*} AS filed, d {.*} AS role""");
        assertThat(owner.get("name").asString()).isEqualTo("Laguerre Martin");
        assertThat(owner.get("displayName").asString()).isEqualTo("Martin Laguerre");
        assertThat(owner.get("filed").asMap()).containsEntry("isDirector", true).containsEntry("isOfficer", false);
        assertThat(owner.get("role").asMap()).containsEntry("since", LocalDate.of(2025, 5, 14))
                .containsEntry("lastReported", LocalDate.of(2025, 5, 14)).containsEntry("filings", 1L)
                .doesNotContainKey("until");

        var grant = single("""
                MATCH (:Filing {accessionNumber: '0001628280-25-025936'})-[:REPORTS]->(t:Transaction)-[:OF]->(s:Security)
                OPTIONAL MATCH (t)-[fn:FOOTNOTE]->(n:Footnote)
                WITH t, s, collect(fn.field + '=' + n.footnoteId) AS refs
                RETURN t {.*} AS t, s {.*} AS s, refs""");
        assertThat(grant.get("t").asMap()).containsEntry("securityTitle", "Deferred Stock Units")
                .containsEntry("code", "A").containsEntry("shares", 8961.0).containsEntry("pricePerShare", 0.0)
                .containsEntry("acquiredDisposed", "A").containsEntry("sharesOwnedFollowing", 29507.0)
                .containsEntry("transactionDate", LocalDate.of(2025, 5, 14)).containsEntry("derivative", true)
                .containsEntry("id", "0001628280-25-025936:T:D:0")
                .containsEntry("footnoteIds", List.of("F1", "F2"));
        assertThat(grant.get("s").asMap()).containsEntry("id", "0001043219:D:deferred stock units");
        assertThat(grant.get("refs").asList()).contains("conversionOrExercisePrice=F1");
        assertThat(count("""
                MATCH (:Security {id: '0001043219:D:deferred stock units'})-[:UNDERLYING]->(u:Security)
                WHERE u.id = '0001043219:N:common stock' RETURN count(u)""")).isEqualTo(1);
    }

    @Test
    void aRoleNeverDroppedIsOneSpellFromTheFirstToTheLastPeriodReportedAndNamesKeepTheirHistory() throws Exception {
        ingest(neo4j, CORPUS);

        // Roelof Botha reported as a director of Square, Inc., later renamed Block, Inc. (CIK 0001512673), in the
        // corpus from 2017-10-02 to 2024-08-06.
        var role = single("""
                MATCH (p:Person {cik: '0001222287'})-[d:DIRECTOR_OF]->(c:Company {cik: '0001512673'})
                RETURN d.since AS since, d.lastReported AS last, d.until AS until, d.filings AS filings, c.name AS name,
                       c.names AS names,
                       p.displayName AS displayName""");
        assertThat(role.get("since").asLocalDate()).isEqualTo(LocalDate.of(2017, 10, 2));
        assertThat(role.get("last").asLocalDate()).isEqualTo(LocalDate.of(2024, 8, 6));
        assertThat(role.get("until").isNull()).as("no filing of his for Block stopped reporting the role").isTrue();
        assertThat(role.get("filings").asLong()).isEqualTo(count("""
                MATCH (:Entity {cik: '0001222287'})-[r:FILED {isDirector: true}]->(:Filing)-[:ISSUER]->
                      (:Company {cik: '0001512673'}) RETURN count(r)"""));
        assertThat(role.get("name").asString()).isEqualTo("Block, Inc.");
        assertThat(role.get("names").asList()).containsExactly("Block, Inc.", "Square, Inc.");
        assertThat(role.get("displayName").asString()).isEqualTo("Roelof Botha");
    }

    @Test
    void theCorpusIngestsWithItsOneBrokenFileRejectedAndItsDuplicatesSkipped() throws Exception {
        var summary = ingest(neo4j, CORPUS);

        // 425 files: 2 accession numbers appear twice (a full submission and its bare XML), one file is truncated
        assertThat(summary.inputs()).isEqualTo(425);
        assertThat(summary.ingested()).isEqualTo(422);
        assertThat(summary.skipped()).isEqualTo(2);
        assertThat(summary.rejects()).singleElement().satisfies(reject -> {
            assertThat(reject.source()).endsWith("cjavdev__sec_edgar/filing16.txt");
            assertThat(reject.reason()).contains("line 252");
        });
        assertThat(count("MATCH (f:Filing) RETURN count(f)")).isEqualTo(422);
        // the copy with an SGML header wins over the bare XML of the same accession number
        assertThat(count("MATCH (f:Filing {accessionNumber: '0000899243-22-035394'}) RETURN count(f)")).isEqualTo(1);
        assertThat(single("MATCH (f:Filing {accessionNumber: '0000899243-22-035394'}) RETURN f.hasHeader AS h")
                .get("h").asBoolean()).isTrue();
    }

    @Test
    void ingestingTheSameInputTwiceChangesNothing() throws Exception {
        ingest(neo4j, SAMPLES);
        var first = neo4j.dump();

        var again = ingest(neo4j, SAMPLES);

        assertThat(again.ingested()).isZero();
        assertThat(again.skipped()).isEqualTo(68);
        assertThat(neo4j.dump()).isEqualTo(first);
    }

    @Test
    void theGraphDoesNotDependOnArrivalOrderOrBatchSize() throws Exception {
        ingest(neo4j, CORPUS);
        var forward = neo4j.dump();
        neo4j.clear();

        var reversed = new ArrayList<>(files(CORPUS));
        reversed.sort(Comparator.reverseOrder());
        ingest(embeddedWriter(neo4j), 7, reversed);

        var backward = neo4j.dump();
        var onlyForward = new ArrayList<>(forward);
        onlyForward.removeAll(backward);
        var onlyBackward = new ArrayList<>(backward);
        onlyBackward.removeAll(forward);
        assertThat(onlyBackward).as("only in the reversed run; only in the forward run: " + onlyForward).isEmpty();
        assertThat(backward).isEqualTo(forward);
    }

    @Test
    void bothWritersBuildTheSameGraph() throws Exception {
        ingest(IngestFixture.cypherWriter(neo4j), 100, List.of(CORPUS));
        var cypher = neo4j.dump();
        neo4j.clear();

        ingest(embeddedWriter(neo4j), 100, List.of(CORPUS));

        assertThat(neo4j.dump()).isEqualTo(cypher);
    }

    private static List<Path> files(Path root) throws IOException {
        try (Stream<Path> walk = Files.walk(root)) {
            return walk.filter(Files::isRegularFile).toList();
        }
    }

    private static long count(String cypher) {
        return neo4j.count(cypher);
    }

    private static org.neo4j.driver.Record single(String cypher) {
        var records = neo4j.driver().executableQuery(cypher).execute().records();
        assertThat(records).as(cypher).hasSize(1);
        return records.getFirst();
    }
}
