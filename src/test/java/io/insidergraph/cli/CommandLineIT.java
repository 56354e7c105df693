package io.insidergraph.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import io.insidergraph.InsidergraphApplication;
import io.insidergraph.neo4j.EmbeddedNeo4j;
import io.insidergraph.support.IsolatedNeo4j;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.neo4j.driver.AuthTokens;
import org.neo4j.driver.GraphDatabase;
import org.neo4j.driver.exceptions.AuthenticationException;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.web.server.context.WebServerApplicationContext;

/** The commands as a user runs them (in-process, without the final System.exit), on their own data folders. */
@ExtendWith(OutputCaptureExtension.class)
class CommandLineIT {

    private static final Path SAMPLES = Path.of("samples/filings");

    @TempDir
    Path temp;

    @Test
    void ingestExitsZeroThenSkipsEverythingOnARerunThenThreeWhenSomethingIsRejected() throws Exception {
        var data = temp.resolve("data");

        var first = run("ingest", SAMPLES.toString(), "--insidergraph.data-dir=" + data);
        assertThat(first.exitCode()).isZero();
        assertThat(first.out()).contains("68 inputs: 68 ingested, 0 skipped (already stored), 0 rejected");

        var rerun = run("ingest", SAMPLES.toString(), "--insidergraph.data-dir=" + data);
        assertThat(rerun.exitCode()).isZero();
        assertThat(rerun.out()).contains("68 inputs: 0 ingested, 68 skipped (already stored), 0 rejected");

        var mixed = Files.createDirectories(temp.resolve("mixed"));
        Files.copy(Path.of("src/test/resources/amendments/0000707549-25-000004.txt"), mixed.resolve("a.txt"));
        Files.writeString(mixed.resolve("notes.txt"), "just some notes");
        var report = temp.resolve("my-rejects.tsv");
        var withReject = run("ingest", mixed.toString(), "--rejects", report.toString(),
                "--insidergraph.data-dir=" + data);
        assertThat(withReject.exitCode()).isEqualTo(3);
        assertThat(withReject.out()).contains("2 inputs: 1 ingested, 0 skipped (already stored), 1 rejected")
                .contains("rejected " + mixed.resolve("notes.txt"));
        assertThat(Files.readAllLines(report)).hasSize(2).last().asString().startsWith(mixed.resolve("notes.txt") + "\t");
        assertThat(data.resolve("rejects.tsv")).exists();
    }

    @Test
    void ingestExitsOneWhenTheDatabaseCannotBeReached() {
        var result = run("ingest", SAMPLES.toString(), "--insidergraph.data-dir=" + temp,
                "--spring.neo4j.uri=bolt://127.0.0.1:1", "--spring.neo4j.connection-timeout=2s");
        assertThat(result.exitCode()).isEqualTo(1);
    }

    /** Regression: "ready" was logged when the port opened, before the samples were in (a query then saw none). */
    @Test
    void ingestStopsWithOneLineAndExitsOneWhenTheServerGoesAwayMidRun() throws Exception {
        try (var server = IsolatedNeo4j.start()) {
            var stopper = Thread.ofPlatform().start(() -> {
                long deadline = System.nanoTime() + Duration.ofMinutes(2).toNanos();
                try {
                    while (server.count("MATCH (f:Filing) RETURN count(f)") == 0 && System.nanoTime() < deadline) {
                        Thread.sleep(20);
                    }
                    server.shutDown();
                }
                catch (InterruptedException ex) {
                    Thread.currentThread().interrupt();
                }
            });

            // one filing per transaction, so that the run is far from done when the server goes
            var result = run("ingest", "src/test/resources/corpus/filings", SAMPLES.toString(),
                    "--insidergraph.data-dir=" + temp, "--spring.neo4j.uri=" + server.boltUri(),
                    "--insidergraph.ingest.batch-size=1");
            stopper.join();

            assertThat(result.exitCode()).isEqualTo(1);
            assertThat(result.err().lines().filter(line -> !line.isBlank()))
                    .singleElement().asString().startsWith("Ingest stopped: The Neo4j server cannot take writes")
                    .contains("run the same command again");
            assertThat(result.out()).as("no summary of rejected filings").doesNotContain("rejected");
        }
    }

    @Test
    void serveLoadsTheSamplesOnFirstStartAndSaysReadyOnlyOnceTheyAreIn(CapturedOutput output) throws Exception {
        var serve = serve("--insidergraph.data-dir=" + temp.resolve("data"));
        try {
            assertThat(filings(serve)).isEqualTo(68);
            var log = output.getOut();
            int samplesIn = log.indexOf("Samples: 68 inputs: 68 ingested");
            int ready = log.indexOf("insidergraph ready with 68 filings: GraphQL at http://localhost:");
            assertThat(samplesIn).as("the samples' summary").isNotNegative();
            assertThat(ready).as("the ready line, after the samples' summary").isGreaterThan(samplesIn);
        }
        finally {
            serve.context.close();
        }
    }

    @Test
    void serveWithIngestLoadsThosePathsInsteadOfTheSamples() throws Exception {
        var serve = serve("--ingest", Path.of("src/test/resources/amendments/0000707549-25-000004.txt").toString(),
                "--insidergraph.data-dir=" + temp.resolve("data"));
        try {
            long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
            while (filings(serve) < 1 && System.nanoTime() < deadline) {
                Thread.sleep(200);
            }
            assertThat(filings(serve)).isEqualTo(1);
        }
        finally {
            serve.context.close();
        }
    }

    /**
     * Two regressions, beside one running serve: ingest opened Bolt on 7687, so it failed beside a serve holding that
     * port even for another folder (now it opens no Bolt port); and ingest into the serve's own folder died with a
     * 286-line stack trace (now it says in one line what to do and exits 1, and the serve goes on answering).
     */
    @Test
    void ingestBesideARunningServeOpensNoBoltPortAndIntoItsFolderSaysInOneLineWhatToDo(CapturedOutput output)
            throws Exception {
        var served = temp.resolve("served");
        var serve = serve("--insidergraph.data-dir=" + served, "--insidergraph.samples=false");
        try {
            int boltPort = serve.context.getBean(EmbeddedNeo4j.class).boltUri().getPort();
            var beside = run("ingest", SAMPLES.toString(), "--insidergraph.data-dir=" + temp.resolve("other"),
                    "--insidergraph.embedded.bolt-port=" + boltPort);
            assertThat(beside.exitCode()).isZero();
            assertThat(beside.out()).contains("68 inputs: 68 ingested");

            int before = output.getOut().length() + output.getErr().length();
            var into = run("ingest", SAMPLES.toString(), "--insidergraph.data-dir=" + served);
            assertThat(into.exitCode()).isEqualTo(1);
            var said = (output.getOut() + output.getErr()).substring(before);
            assertThat(said).contains("The data folder " + served.resolve("neo4j").toAbsolutePath() + " is in use by "
                    + "another process, most likely a running 'insidergraph serve'. Stop it first, or ingest through "
                    + "it: 'serve --ingest PATH...' when starting it, or the ingestFiling mutation while it runs.");
            assertThat(said.lines().filter(line -> line.contains(" ERROR ") || line.contains(" WARN ")))
                    .as("error and warning lines").hasSize(1);
            assertThat(said).doesNotContain("\tat ").doesNotContain("Exception");
            assertThat(filings(serve)).as("the serve still answers").isZero();
        }
        finally {
            serve.context.close();
        }
    }

    /** Bolt asks for the password by default: a write from a driver without it is refused, the app's own works. */
    @Test
    void serveRefusesAnOutsidersBoltWriteWhileTheAppsOwnDriverWorks() throws Exception {
        var serve = serve("--insidergraph.data-dir=" + temp.resolve("data"));
        try {
            var bolt = serve.context.getBean(EmbeddedNeo4j.class).boltUri();
            try (var outsider = GraphDatabase.driver(bolt, AuthTokens.none())) {
                assertThatExceptionOfType(AuthenticationException.class).isThrownBy(() -> outsider
                        .executableQuery("MATCH (f:Filing) DETACH DELETE f").execute());
            }
            assertThat(filings(serve)).as("read by the API through the app's own driver").isEqualTo(68);
            var password = Files.readString(temp.resolve("data/neo4j/bolt-password")).strip();
            try (var user = GraphDatabase.driver(bolt, AuthTokens.basic("neo4j", password))) {
                assertThat(user.executableQuery("MATCH (f:Filing) RETURN count(f) AS n").execute().records()
                        .getFirst().get("n").asLong()).as("cypher-shell given the password file").isEqualTo(68);
            }
        }
        finally {
            serve.context.close();
        }
    }

    private ServeCommand serve(String... args) {
        var all = new ArrayList<>(List.of("serve", "--server.port=0", "--insidergraph.embedded.bolt-port=0"));
        all.addAll(List.of(args));
        var commandLine = InsidergraphCli.commandLine(InsidergraphApplication.class);
        assertThat(commandLine.execute(all.toArray(String[]::new))).isZero();
        return (ServeCommand) commandLine.getSubcommands().get("serve").getCommand();
    }

    private static long filings(ServeCommand serve) throws Exception {
        int port = ((WebServerApplicationContext) serve.context).getWebServer().getPort();
        var request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/graphql"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"query\":\"{ stats { filings } }\"}")).build();
        var body = HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString()).body();
        return Long.parseLong(body.replaceAll(".*\"filings\":(\\d+).*", "$1"));
    }

    private record Result(int exitCode, String out, String err) {
    }

    /** As a user types it: ingest opens no Bolt port, so none need be chosen. */
    private static Result run(String... args) {
        var all = new ArrayList<>(List.of(args));
        var out = new StringWriter();
        var err = new StringWriter();
        var commandLine = InsidergraphCli.commandLine(InsidergraphApplication.class).setOut(new PrintWriter(out, true))
                .setErr(new PrintWriter(err, true));
        int exitCode = commandLine.execute(all.toArray(String[]::new));
        return new Result(exitCode, out.toString(), err.toString());
    }
}
