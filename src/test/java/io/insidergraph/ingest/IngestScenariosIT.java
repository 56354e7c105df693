package io.insidergraph.ingest;

import static io.insidergraph.ingest.IngestFixture.CORPUS;
import static io.insidergraph.ingest.IngestFixture.AMENDMENT;
import static io.insidergraph.ingest.IngestFixture.ORIGINAL;
import static io.insidergraph.ingest.IngestFixture.SAMPLES;
import static io.insidergraph.ingest.IngestFixture.SEED;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;

import io.insidergraph.filing.FilingParser;
import io.insidergraph.graph.GraphStoreUnavailableException;
import io.insidergraph.graph.GraphWriter;
import io.insidergraph.support.IsolatedNeo4j;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;
import org.springframework.util.unit.DataSize;

/**
 * The ingest scenarios every writer must pass (STYLE.md point 13: one contract, many implementations, one suite),
 * run once per {@link Writers} constant on real filings into the real engine: what the graph holds afterwards, node
 * kind by node kind and edge kind by edge kind, and that it is the same however often, in whatever order and
 * however interrupted the filings arrive. Graphs are compared by {@link IsolatedNeo4j#dump()}, which includes each
 * value's type.
 */
@ParameterizedClass(name = "{0} writer")
@EnumSource(Writers.class)
class IngestScenariosIT extends IsolatedGraphTest {

    @Parameter
    Writers writers;

    @TempDir
    Path temp;

    /**
     * Expected values counted from the sample files by src/test/resources/expected/count_graph.py (ElementTree;
     * securities by issuer, kind and title without case and spacing; footnote edges = footnoteId references that
     * name a footnote of the same filing).
     */
    @Test
    void samplesBecomeEveryNodeAndEdgeKind() throws Exception {
        var summary = ingest(SAMPLES);

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
        ingest(SEED);

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
        ingest(CORPUS);

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
        var summary = ingest(CORPUS);

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
        ingest(SAMPLES);
        var first = neo4j.dump();

        var again = ingest(SAMPLES);

        assertThat(again.ingested()).isZero();
        assertThat(again.skipped()).isEqualTo(68);
        assertThat(neo4j.dump()).isEqualTo(first);
    }

    @Test
    void theGraphDoesNotDependOnArrivalOrderOrBatchSize() throws Exception {
        ingest(CORPUS);
        var forward = neo4j.dump();
        neo4j.clear();

        var reversed = new ArrayList<>(files(CORPUS));
        reversed.sort(Comparator.reverseOrder());
        ingest(writer(), 7, reversed);

        var backward = neo4j.dump();
        var onlyForward = new ArrayList<>(forward);
        onlyForward.removeAll(backward);
        var onlyBackward = new ArrayList<>(backward);
        onlyBackward.removeAll(forward);
        assertThat(onlyBackward).as("only in the reversed run; only in the forward run: " + onlyForward).isEmpty();
        assertThat(backward).isEqualTo(forward);
    }

    @Test
    void aKilledRunRunAgainEndsWithTheSameGraphAsAnUninterruptedOne() throws Exception {
        ingest(writer(), 25, List.of(CORPUS));
        var uninterrupted = neo4j.dump();
        neo4j.clear();

        var batches = new AtomicInteger();
        GraphWriter dying = batch -> {
            if (batches.incrementAndGet() == 4) {
                throw new SimulatedKill();
            }
            return writers.on(neo4j).write(batch);
        };
        assertThatThrownBy(() -> ingest(dying, 25, List.of(CORPUS))).isInstanceOf(SimulatedKill.class);
        long storedBeforeRerun = neo4j.count("MATCH (f:Filing) RETURN count(f)");
        assertThat(storedBeforeRerun).as("three whole batches of 25 were committed").isBetween(70L, 75L);

        var rerun = ingest(writer(), 25, List.of(CORPUS));

        assertThat(rerun.ingested()).isEqualTo(422 - storedBeforeRerun);
        assertThat(rerun.ingested() + rerun.skipped()).isEqualTo(424);
        assertThat(neo4j.dump()).isEqualTo(uninterrupted);
    }

    /**
     * The parser refuses every value the schema does not allow (this test used to reach the database with a
     * 40,000-character security title, too long for a uniqueness index), so the refusal is made the database's own:
     * a uniqueness constraint on footnote text, which a second copy of a real filing under another accession number
     * breaks.
     */
    @Test
    void aFilingTheDatabaseRefusesIsIsolatedAndRejectedWithTheDatabasesError() throws Exception {
        var input = Files.createDirectories(temp.resolve("refused"));
        for (var good : List.of(SEED, SAMPLES.resolve("0000899243-17-024441.xml"), AMENDMENT,
                SAMPLES.resolve("0000899243-20-025994.xml"))) {
            Files.copy(good, input.resolve(good.getFileName()));
        }
        Files.copy(SAMPLES.resolve("0000899243-20-025994.xml"), input.resolve("0000899243-20-099999.xml"));
        neo4j.driver().executableQuery("CREATE CONSTRAINT test_footnote_text FOR (n:Footnote) REQUIRE n.text IS UNIQUE")
                .execute();
        try {
            var summary = ingest(writer(), 10, List.of(input));

            assertThat(summary.ingested()).isEqualTo(4);
            assertThat(summary.rejects()).singleElement().satisfies(reject -> {
                assertThat(reject.accessionNumber()).isEqualTo("0000899243-20-099999");
                assertThat(reject.reason()).startsWith("database: ");
            });
            assertThat(neo4j.count("MATCH (f:Filing) RETURN count(f)")).isEqualTo(4);
        }
        finally {
            neo4j.driver().executableQuery("DROP CONSTRAINT test_footnote_text").execute();
        }
    }

    @Test
    void anAmendmentLinksToItsOriginalWhicheverArrivesFirst() throws Exception {
        ingest(ORIGINAL);
        ingest(AMENDMENT);
        var amendmentLast = neo4j.dump();
        assertThat(amends()).containsExactly("0000707549-25-000004 -> 0000707549-24-000099");
        neo4j.clear();

        ingest(AMENDMENT);
        assertThat(amends()).isEmpty();
        ingest(ORIGINAL);

        assertThat(amends()).containsExactly("0000707549-25-000004 -> 0000707549-24-000099");
        assertThat(neo4j.dump()).isEqualTo(amendmentLast);
        assertThat(neo4j.count("MATCH (f:Filing) RETURN count(f)")).isEqualTo(2);
    }

    @Test
    void anAmendmentDoesNotLinkToAFilingOfAnotherDate() throws Exception {
        var other = Files.readString(ORIGINAL).replace("0000707549-24-000099", "0000707549-24-000098")
                .replace("FILED AS OF DATE:\t\t20241104", "FILED AS OF DATE:\t\t20241001");
        var otherFile = Files.writeString(temp.resolve("0000707549-24-000098.txt"), other);

        ingest(otherFile);
        ingest(AMENDMENT);

        assertThat(amends()).isEmpty();
    }

    @Test
    void aDatabaseThatShutsDownMidRunStopsTheRunWithOneErrorInsteadOfRejectingEveryFiling() throws Exception {
        try (var doomed = IsolatedNeo4j.start()) {
            var writer = writers.on(doomed);
            var batches = new AtomicInteger();
            GraphWriter shutsDownBeforeTheThirdBatch = batch -> {
                if (batches.incrementAndGet() == 3) {
                    doomed.shutDown();
                }
                return writer.write(batch);
            };
            var rejects = new ArrayList<Reject>();
            var pipeline = new IngestPipeline(new FilingParser(), shutsDownBeforeTheThirdBatch,
                    IngestFixture.settings(25), new ProgressListener() {
                        @Override
                        public void update(Snapshot snapshot) {
                        }

                        @Override
                        public void rejected(Reject reject) {
                            rejects.add(reject);
                        }

                        @Override
                        public void finish(IngestSummary summary) {
                        }
                    });

            assertThatThrownBy(() -> pipeline.run(DocumentSource.of(List.of(CORPUS),
                    DataSize.ofMegabytes(20).toBytes())))
                    .isInstanceOf(GraphStoreUnavailableException.class)
                    .hasMessageContaining("cannot take writes");
            assertThat(batches).as("no batch is tried again in halves once the database is gone").hasValue(3);
            assertThat(rejects).noneMatch(reject -> reject.reason().startsWith("database"));
        }
    }

    private GraphWriter writer() {
        return writers.on(neo4j);
    }

    private IngestSummary ingest(Path... paths) throws InterruptedException {
        return ingest(writer(), 100, List.of(paths));
    }

    private static IngestSummary ingest(GraphWriter writer, int batchSize, List<Path> paths)
            throws InterruptedException {
        return IngestFixture.ingest(writer, batchSize, paths);
    }

    private List<String> amends() {
        return neo4j.driver().executableQuery("""
                MATCH (a:Filing)-[:AMENDS]->(o:Filing) RETURN a.accessionNumber + ' -> ' + o.accessionNumber AS link""")
                .execute().records().stream().map(r -> r.get("link").asString()).toList();
    }

    private static final class SimulatedKill extends Error {
        SimulatedKill() {
            super("simulated kill");
        }
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
