package io.insidergraph.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

import io.insidergraph.graph.GraphStoreUnavailableException;
import io.insidergraph.ingest.IngestService;
import io.insidergraph.ingest.IngestSummary;
import io.insidergraph.neo4j.EmbeddedNeo4j.DataFolderInUseException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Unmatched;

/**
 * Loads filings into the graph once and exits: 0 all ingested or skipped, 3 some rejected or conflicting, 1 fatal
 * error.
 */
@Command(name = "ingest", mixinStandardHelpOptions = true,
        description = "Ingest filings from files, folders (recursively) and zip/tar/tar.gz/gz archives.",
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:every input was ingested or already stored",
                "3:some inputs were rejected or copies of a filing conflict (see the report)",
                "1:a fatal error stopped the run", "2:invalid command line"})
final class IngestCommand implements Callable<Integer> {

    /**
     * Ingesting writes in-process and needs no Bolt port: without one it cannot collide with a running serve (a
     * default, so the Cypher writer can still have one).
     */
    static final String NO_BOLT = "insidergraph.embedded.bolt=false";

    private static final Logger log = LoggerFactory.getLogger(IngestCommand.class);

    private final Class<?> application;

    @Spec
    CommandSpec spec;

    @Parameters(arity = "1..*", paramLabel = "PATH", description = "files, folders and archives to ingest")
    List<Path> paths = new ArrayList<>();

    @Option(names = "--rejects", paramLabel = "FILE",
            description = "where to write the rejects report (default: rejects.tsv in the data directory)")
    Path rejects;

    @Unmatched
    List<String> springProperties = new ArrayList<>();

    IngestCommand(Class<?> application) {
        this.application = application;
    }

    @Override
    public Integer call() {
        var args = SpringProperties.toArgs(spec, springProperties);
        try (var context = new SpringApplicationBuilder(application)
                .main(application)
                .web(WebApplicationType.NONE)
                .properties(NO_BOLT)
                .logStartupInfo(false)
                .run(args)) {
            var summary = context.getBean(IngestService.class).ingest(paths, rejects);
            print(summary, spec.commandLine().getOut());
            return summary.exitCode();
        }
        catch (InterruptedException ex) {
            Thread.currentThread().interrupt();
            log.error("Ingest interrupted");
            return 1;
        }
        catch (GraphStoreUnavailableException ex) {
            // one line: the stack trace says nothing the message does not, and the run can simply be repeated
            log.debug("Database unavailable", ex);
            spec.commandLine().getErr().println("Ingest stopped: " + ex.getMessage() + ". What was written before is"
                    + " stored and the rejects found so far are in the report; run the same command again once the"
                    + " database is back (stored filings are skipped).");
            return 1;
        }
        catch (RuntimeException ex) {
            if (DataFolderInUseException.in(ex).isEmpty()) { // else it has been said, in one line
                log.error("Ingest failed: {}", ex.getMessage(), ex);
            }
            return 1;
        }
    }

    /**
     * The summary, then the first 20 rejects with their reasons and the first 20 conflicts between copies (all are
     * in the report).
     */
    static void print(IngestSummary summary, PrintWriter out) {
        out.println(summary.describe());
        summary.rejects().stream().limit(20).forEach(reject -> out.println("  rejected " + reject.source() + ": "
                + reject.reason()));
        if (summary.rejected() > 20) {
            out.println("  ... and " + (summary.rejected() - 20) + " more in the report");
        }
        summary.conflicts().stream().limit(20).forEach(conflict -> out.println("  conflict "
                + conflict.accessionNumber() + ": kept " + conflict.kept().source() + ", "
                + (conflict.replacedStored() ? "replaced " : "not stored ") + conflict.dropped().source() + " ("
                + conflict.reason() + "); differences: " + conflict.describeDifferences()));
        if (summary.conflicts().size() > 20) {
            out.println("  ... and " + (summary.conflicts().size() - 20) + " more conflicts in the report");
        }
    }
}
