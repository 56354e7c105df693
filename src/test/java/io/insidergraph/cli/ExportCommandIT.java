package io.insidergraph.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;

import io.insidergraph.InsidergraphApplication;
import io.insidergraph.export.ExportFormat;
import io.insidergraph.export.ReadBack;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.neo4j.dbms.api.DatabaseManagementServiceBuilder;

/**
 * {@code insidergraph export FILE} over the ingested samples: the whole role network in each format, as many edges
 * as the database holds role relationships (counted by its own engine, not through the app), every edge's ends
 * among the nodes.
 */
class ExportCommandIT {

    private static final String YELP = "0001345016";
    private static final String LEVCHIN = "0001539853";

    @TempDir
    static Path temp;

    static Path data;
    static long roleEdges;
    static long directorEdges;

    @BeforeAll
    static void ingestSamples() {
        data = temp.resolve("data");
        assertThat(run("ingest", "samples/filings", "--insidergraph.data-dir=" + data).exitCode()).isZero();
        var dbms = new DatabaseManagementServiceBuilder(data.resolve("neo4j")).build();
        try {
            var db = dbms.database("neo4j");
            try (var tx = db.beginTx()) {
                roleEdges = (long) tx.execute("MATCH (:Entity)-[r:DIRECTOR_OF|OFFICER_OF|TEN_PERCENT_OWNER_OF|"
                        + "OTHER_INSIDER_OF]->(:Company) RETURN count(r) AS n").next().get("n");
                directorEdges = (long) tx.execute("MATCH (:Entity)-[r:DIRECTOR_OF]->(:Company) RETURN count(r) AS n")
                        .next().get("n");
            }
        }
        finally {
            dbms.shutdown();
        }
        assertThat(roleEdges).isGreaterThan(directorEdges).isGreaterThan(50);
    }

    @Test
    void writesTheWholeRoleNetworkInEveryFormat() throws Exception {
        for (var format : ExportFormat.values()) {
            var file = temp.resolve("insiders." + format.extension());

            var result = run("export", file.toString(), "--format", format.extension(),
                    "--insidergraph.data-dir=" + data);

            assertThat(result.exitCode()).as(result.out()).isZero();
            var back = ReadBack.read(format, Files.readAllBytes(file));
            assertThat(back.edges()).as(format.name()).hasSize((int) roleEdges);
            var ends = new HashSet<String>();
            back.edges().values().forEach(edge -> {
                ends.add(edge.get("source"));
                ends.add(edge.get("target"));
            });
            assertThat(back.nodes().keySet()).as(format.name()).isEqualTo(ends);
            assertThat(back.nodes().get(YELP)).contains(entry("label", "YELP INC"), entry("kind", "Company"));
            assertThat(back.edges().get(LEVCHIN + "-DIRECTOR-" + YELP)).contains(entry("since", "2012-03-01"),
                    entry("lastReported", "2013-05-28"), entry("role", "DIRECTOR"));
            assertThat(result.out()).contains("Wrote " + back.nodes().size() + " nodes and " + roleEdges + " edges ("
                    + format.extension());
            assertThat(temp).isDirectoryNotContaining("glob:**.part");
        }
    }

    @Test
    void theFormatComesFromTheExtensionAndRolesFilter() throws Exception {
        var file = temp.resolve("directors.csv.zip");

        var result = run("export", file.toString(), "--roles", "DIRECTOR", "--insidergraph.data-dir=" + data);

        assertThat(result.exitCode()).as(result.out()).isZero();
        var back = ReadBack.read(ExportFormat.CSV, Files.readAllBytes(file));
        assertThat(back.edges()).hasSize((int) directorEdges);
        assertThat(back.edges().values()).allSatisfy(edge -> assertThat(edge).containsEntry("role", "DIRECTOR"));
    }

    @Test
    void writesTheBoardNetworkOnADateWithEachCompanysMetrics() throws Exception {
        var file = temp.resolve("boards.graphml");

        var result = run("export", file.toString(), "--network", "board", "--as-of", "2021-12-31",
                "--insidergraph.data-dir=" + data);

        assertThat(result.exitCode()).as(result.out()).isZero();
        var back = ReadBack.read(ExportFormat.GRAPHML, Files.readAllBytes(file));
        assertThat(back.edges()).isNotEmpty();
        assertThat(back.nodes().values()).allSatisfy(node -> assertThat(node).containsEntry("kind", "Company")
                .containsKeys("degree", "betweenness", "pageRank", "community"));
        assertThat(back.declaredTypes()).containsEntry("node.betweenness", "double").containsEntry("edgedefault",
                "undirected");
        assertThat(result.out()).contains("Wrote " + back.nodes().size() + " nodes and " + back.edges().size()
                + " edges (graphml");
    }

    @Test
    void anUnknownFormatIsAUsageErrorAndAFailedExportLeavesNoFile() {
        var unknown = run("export", temp.resolve("x.pdf").toString(), "--insidergraph.data-dir=" + data);
        assertThat(unknown.exitCode()).isEqualTo(2);

        var target = temp.resolve("unreachable.gexf");
        var failed = run("export", target.toString(), "--insidergraph.data-dir=" + temp.resolve("other"),
                "--spring.neo4j.uri=bolt://127.0.0.1:1", "--spring.neo4j.connection-timeout=2s");
        assertThat(failed.exitCode()).isEqualTo(1);
        assertThat(target).doesNotExist();
        assertThat(temp).isDirectoryNotContaining("glob:**.part");
    }

    private record Result(int exitCode, String out) {
    }

    private static Result run(String... args) {
        var all = new ArrayList<>(List.of(args));
        all.add("--insidergraph.embedded.bolt-port=0");
        all.add("--insidergraph.embedded.page-cache=64m");
        var out = new StringWriter();
        var commandLine = InsidergraphCli.commandLine(InsidergraphApplication.class).setOut(new PrintWriter(out, true))
                .setErr(new PrintWriter(out, true));
        int exitCode = commandLine.execute(all.toArray(String[]::new));
        return new Result(exitCode, out.toString());
    }
}
