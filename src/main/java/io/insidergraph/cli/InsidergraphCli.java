package io.insidergraph.cli;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Set;

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
    private static final Set<String> COMMANDS = Set.of("serve", "ingest", "fetch", "export", "help");

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
                .addSubcommand(new ExportCommand(application))
                .addSubcommand(new CommandLine.HelpCommand())
                .setUnmatchedOptionsAllowedAsOptionParameters(false)
                .setCaseInsensitiveEnumValuesAllowed(true);
    }

    /**
     * {@code serve} is the default: with no command, or only Spring properties, serve. Spring properties may also
     * come before the command ({@code --insidergraph.data-dir=/x ingest p}): the command is moved to the front.
     */
    static String[] withDefaultCommand(String[] args) {
        if (args.length > 0 && (!args[0].startsWith("-") || TOP_LEVEL_OPTIONS.contains(args[0]))) {
            return args;
        }
        int properties = 0;
        while (properties < args.length && args[properties].startsWith("--") && args[properties].contains("=")) {
            properties++;
        }
        var reordered = new ArrayList<>(Arrays.asList(args));
        if (properties < args.length && COMMANDS.contains(args[properties])) {
            reordered.addFirst(reordered.remove(properties));
        }
        else {
            reordered.addFirst("serve");
        }
        return reordered.toArray(String[]::new);
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
