package io.insidergraph.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import java.io.PrintWriter;
import java.io.StringWriter;

import org.junit.jupiter.api.Test;

class InsidergraphCliTests {

    @Test
    void helpNamesTheCommands() {
        var out = new StringWriter();
        var commandLine = InsidergraphCli.commandLine(Object.class).setOut(new PrintWriter(out));
        int exit = commandLine.execute("--help");
        assertThat(exit).isZero();
        assertThat(out.toString()).contains("Usage: insidergraph", "serve", "--spring.neo4j.uri=");
    }

    @Test
    void serveIsTheDefaultCommand() {
        assertThat(InsidergraphCli.withDefaultCommand(new String[0])).containsExactly("serve");
        assertThat(InsidergraphCli.withDefaultCommand(new String[] {"--server.port=9000"}))
                .containsExactly("serve", "--server.port=9000");
        assertThat(InsidergraphCli.withDefaultCommand(new String[] {"--help"})).containsExactly("--help");
        assertThat(InsidergraphCli.withDefaultCommand(new String[] {"serve", "--x.y=1"}))
                .containsExactly("serve", "--x.y=1");
    }

    @Test
    void springPropertiesBeforeTheCommandGoAfterIt() {
        assertThat(InsidergraphCli.withDefaultCommand(new String[] {"--insidergraph.data-dir=/x", "ingest", "p"}))
                .containsExactly("ingest", "--insidergraph.data-dir=/x", "p");
        assertThat(InsidergraphCli.withDefaultCommand(new String[] {"--a=1", "--b=2", "fetch", "--cik", "1"}))
                .containsExactly("fetch", "--a=1", "--b=2", "--cik", "1");
        assertThat(InsidergraphCli.withDefaultCommand(new String[] {"--a=1", "elsewhere"}))
                .as("not a command: serve, which refuses the stray argument").containsExactly("serve", "--a=1",
                        "elsewhere");
    }

    @Test
    void springPropertiesPassThroughAndAnythingElseIsAUsageError() {
        var serve = new ServeCommand(Object.class);
        new picocli.CommandLine(serve).parseArgs("--server.port=0", "--insidergraph.data-dir=/tmp/x");
        assertThat(SpringProperties.toArgs(serve.spec, serve.springProperties))
                .containsExactly("--server.port=0", "--insidergraph.data-dir=/tmp/x");

        var bogus = new ServeCommand(Object.class);
        new picocli.CommandLine(bogus).parseArgs("--bogus");
        assertThatExceptionOfType(picocli.CommandLine.ParameterException.class)
                .isThrownBy(() -> SpringProperties.toArgs(bogus.spec, bogus.springProperties))
                .withMessageContaining("'--bogus'");
    }

    @Test
    void anUnknownOptionFailsWithUsageAndExitCode2() {
        var err = new StringWriter();
        var commandLine = InsidergraphCli.commandLine(Object.class).setErr(new PrintWriter(err));
        int exit = commandLine.execute("serve", "--no-such-flag");
        assertThat(exit).isEqualTo(2);
        assertThat(err.toString()).contains("--no-such-flag");
    }

    @Test
    void serveIngestTakesPathsUpToTheNextOption() {
        var serve = new ServeCommand(Object.class);
        new picocli.CommandLine(serve).parseArgs("--ingest", "a", "b/c.tgz", "--server.port=0");
        assertThat(serve.ingest).containsExactly(java.nio.file.Path.of("a"), java.nio.file.Path.of("b/c.tgz"));
        assertThat(serve.springProperties).containsExactly("--server.port=0");

        assertThatExceptionOfType(picocli.CommandLine.ParameterException.class)
                .isThrownBy(() -> new picocli.CommandLine(new ServeCommand(Object.class)).parseArgs("--ingest", "--x=1"))
                .withMessageContaining("--ingest needs at least one PATH");
    }
}
