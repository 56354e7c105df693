package io.insidergraph.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import io.insidergraph.InsidergraphApplication;
import io.insidergraph.neo4j.EmbeddedNeo4j;
import io.insidergraph.support.EdgarReplayServer;
import io.insidergraph.support.Neo4jTestBase;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.neo4j.driver.Driver;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * {@code fetch --ingest} end to end: filings (and a Form 345 data set) fetched from the loopback EDGAR replay server
 * land in the embedded Neo4j. The command's own application connects to the test's embedded database over Bolt (as it would to a
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

    @Test
    void fetchesTheLatestDataSetAndIngestsItsFilings() throws Exception {
        var password = Files.readString(neo4j.home().resolve("bolt-password")).strip();
        var zip = new ByteArrayOutputStream();
        try (var out = new ZipOutputStream(zip)) {
            for (var table : Files.list(Path.of("src/test/resources/datasets/corpus-eight")).sorted().toList()) {
                out.putNextEntry(new ZipEntry(table.getFileName().toString()));
                out.write(Files.readAllBytes(table));
            }
        }
        var stdout = new StringWriter();
        int exit;
        try (var server = EdgarReplayServer.start()) {
            server.serve("/data-research/sec-markets-data/insider-transactions-data-sets",
                    "<a href=\"/files/structureddata/data/insider-transactions-data-sets/2024q3_form345.zip\">2024 Q3</a>"
                            .getBytes(StandardCharsets.UTF_8));
            server.serve("/files/structureddata/data/insider-transactions-data-sets/2024q3_form345.zip",
                    zip.toByteArray());
            exit = InsidergraphCli.commandLine(InsidergraphApplication.class).setOut(new PrintWriter(stdout, true))
                    .execute("fetch", "--datasets", "--latest", "--ingest", "--user-agent", "Jane Doe jane@example.org",
                            "--out", work.resolve("edgar").toString(),
                            "--insidergraph.edgar.www-url=" + server.uri(),
                            "--spring.neo4j.uri=" + neo4j.boltUri(),
                            "--spring.neo4j.authentication.username=neo4j",
                            "--spring.neo4j.authentication.password=" + password,
                            "--insidergraph.data-dir=" + work, "--insidergraph.samples=false");
        }

        assertThat(exit).as(stdout.toString()).isZero();
        // the shared test database may hold some of the eight already (three are among the samples): skipped then
        assertThat(stdout.toString()).contains("1 selected, 1 downloaded", "8 inputs: ", ", 0 rejected");
        assertThat(driver.executableQuery("MATCH (f:Filing) WHERE f.accessionNumber IN $eight RETURN count(f) AS n")
                .withParameters(Map.of("eight", java.util.List.of("0001062993-24-014684", "0001062993-24-016335",
                        "0001062993-24-016587", "0001321655-24-000181", "0001415889-24-019064", "0001628280-24-030951",
                        "0001628280-24-031146", "0001628280-24-038676")))
                .execute().records().getFirst().get("n").asLong()).isEqualTo(8);
        var filings = driver.executableQuery("""
                MATCH (owner:Person)-[:FILED]->(f:Filing)-[:ISSUER]->(:Company {cik: '0001321655'})
                WHERE f.accessionNumber = '0001321655-24-000181'
                RETURN f.accessionNumber AS accession, owner.name AS owner""").execute().records();
        assertThat(filings).extracting(row -> row.get("accession").asString() + " " + row.get("owner").asString())
                .containsExactly("0001321655-24-000181 THIEL PETER");
    }
}
