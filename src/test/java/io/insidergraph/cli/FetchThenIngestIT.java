package io.insidergraph.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import io.insidergraph.InsidergraphApplication;
import io.insidergraph.neo4j.EmbeddedNeo4j;
import io.insidergraph.support.EdgarReplayServer;
import io.insidergraph.support.Neo4jTestBase;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.neo4j.driver.Driver;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * {@code fetch --ingest} end to end: filings fetched from the loopback EDGAR replay server land in the embedded
 * Neo4j. The command's own application connects to the test's embedded database over Bolt (as it would to a
 * server named by {@code spring.neo4j.uri}), so one database serves both and the test reads what the command wrote.
 */
class FetchThenIngestIT extends Neo4jTestBase {

    @Autowired
    EmbeddedNeo4j neo4j;

    @Autowired
    Driver driver;

    @TempDir
    Path work;

    @Test
    void fetchesTeslasInsiderFilingsAndIngestsThemIntoTheGraph() throws Exception {
        var password = Files.readString(neo4j.home().resolve("bolt-password")).strip();
        var stdout = new StringWriter();
        int exit;
        try (var server = EdgarReplayServer.start()) {
            exit = InsidergraphCli.commandLine(InsidergraphApplication.class).setOut(new PrintWriter(stdout, true))
                    .execute("fetch", "--ticker", "TSLA", "--ingest", "--user-agent", "Jane Doe jane@example.org",
                            "--out", work.resolve("edgar").toString(),
                            "--insidergraph.edgar.www-url=" + server.uri(),
                            "--insidergraph.edgar.data-url=" + server.uri(),
                            "--spring.neo4j.uri=" + neo4j.boltUri(),
                            "--spring.neo4j.authentication.username=neo4j",
                            "--spring.neo4j.authentication.password=" + password,
                            "--insidergraph.data-dir=" + work, "--insidergraph.samples=false");
        }

        assertThat(exit).as(stdout.toString()).isZero();
        assertThat(stdout.toString()).contains("3 selected, 3 downloaded", "3 inputs: 3 ingested");
        var filings = driver.executableQuery("""
                MATCH (owner:Person)-[:FILED]->(f:Filing)-[:ISSUER]->(:Company {cik: '0001318605'})
                WHERE f.accessionNumber IN $accessions
                RETURN f.accessionNumber AS accession, owner.name AS owner ORDER BY accession""")
                .withParameters(Map.of("accessions", java.util.List.of("0000899243-22-035394",
                        "0000950170-25-003585", "0001790565-23-000009")))
                .execute().records();
        assertThat(filings).extracting(row -> row.get("accession").asString() + " " + row.get("owner").asString())
                .containsExactly("0000899243-22-035394 Musk Elon", "0000950170-25-003585 Wilson-Thompson Kathleen",
                        "0001790565-23-000009 Baglino Andrew D");
    }
}
