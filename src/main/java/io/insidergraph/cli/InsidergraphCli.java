package io.insidergraph.cli;

import java.util.Arrays;
import java.util.Set;
import java.util.stream.Stream;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** Entry point: parses the command line with picocli and runs the chosen command. */
@Command(name = "insidergraph",
        mixinStandardHelpOptions = true,
        versionProvider = InsidergraphCli.Version.class,
        description = "SEC insider filings (Forms 3, 4, 5) as a Neo4j graph behind a GraphQL API.",
        footer = {"", "Without a command, insidergraph serves (same as 'insidergraph serve').",
                "Any --some.property=value argument is passed on to Spring, e.g. --server.port=9000,",
                "--insidergraph.data-dir=/var/lib/insidergraph, --spring.neo4j.uri=neo4j://db:7687."})
public final class InsidergraphCli implements Runnable {

    private static final Set<String> TOP_LEVEL_OPTIONS = Set.of("-h", "--help", "-V", "--version");

    private final Class<?> application;

    private InsidergraphCli(Class<?> application) {
        this.application = application;
    }

    /** Runs the command line; exits the JVM with the command's exit code unless it left a server running. */
    public static void main(Class<?> application, String[] args) {
        var commandLine = commandLine(application);
        int exitCode = commandLine.execute(withDefaultCommand(args));
        var ran = commandLine.getParseResult().subcommand();
        boolean serving = exitCode == 0 && ran != null && ran.commandSpec().userObject() instanceof ServeCommand;
        if (!serving) {
            System.exit(exitCode);
        }
    }

    static CommandLine commandLine(Class<?> application) {
        return new CommandLine(new InsidergraphCli(application))
                .addSubcommand(new ServeCommand(application))
                .addSubcommand(new IngestCommand(application))
                .addSubcommand(new FetchCommand(application))
                .addSubcommand(new CommandLine.HelpCommand())
                .setUnmatchedOptionsAllowedAsOptionParameters(false)
                .setCaseInsensitiveEnumValuesAllowed(true);
    }

    /** {@code serve} is the default: with no command, or only Spring properties, serve. */
    static String[] withDefaultCommand(String[] args) {
        if (args.length == 0 || (args[0].startsWith("-") && !TOP_LEVEL_OPTIONS.contains(args[0]))) {
            return Stream.concat(Stream.of("serve"), Arrays.stream(args)).toArray(String[]::new);
        }
        return args;
    }

    @Override
    public void run() {
        commandLine(application).usage(System.out);
    }

    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            var version = InsidergraphCli.class.getPackage().getImplementationVersion();
            return new String[] {"insidergraph " + (version == null ? "(development build)" : version)};
        }
    }
}
