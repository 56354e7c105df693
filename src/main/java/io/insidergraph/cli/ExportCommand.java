package io.insidergraph.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;

import io.insidergraph.export.ExportFormat;
import io.insidergraph.export.NetworkFiles;
import io.insidergraph.graph.Role;
import io.insidergraph.graph.Tenure;
import io.insidergraph.graph.TenureSettings;
import io.insidergraph.network.NetworkKind;
import io.insidergraph.network.NetworkRequest;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import picocli.CommandLine.Command;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Unmatched;

/**
 * Writes the whole graph's role network to a file, streamed from the database, or the board or insider network
 * with its metrics: 0 written, 1 failed, 2 usage.
 */
@Command(name = "export", mixinStandardHelpOptions = true,
        description = {"Write the whole graph's role network (every insider, company and role edge) to FILE, "
                + "streamed so that memory stays bounded whatever the graph's size; or, with --network, the board "
                + "network or the insider network (on a date with --as-of) with every node's metrics.",
                "Formats: graphml, gexf (1.3, roles' tenure as spells), cyjs (Cytoscape.js), json (NetworkX "
                        + "node-link), csv (a zip of Gephi's nodes.csv and edges.csv)."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:the file was written", "1:a fatal error stopped the export (no file is left)",
                "2:invalid command line"})
final class ExportCommand implements Callable<Integer> {

    private static final Logger log = LoggerFactory.getLogger(ExportCommand.class);

    private final Class<?> application;

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "FILE", description = "where to write; its extension gives the format "
            + "unless --format does (.csv.zip or .zip is csv)")
    Path file;

    @Option(names = "--format", paramLabel = "FORMAT", description = "graphml, gexf, cyjs, json or csv")
    @Nullable String format;

    @Option(names = "--network", paramLabel = "NETWORK", description = "roles (default: every insider, company and "
            + "role edge, streamed), board (companies joined by shared insiders, with metrics and communities) or "
            + "insiders (insiders joined by shared companies)")
    String network = "roles";

    @Option(names = "--roles", split = ",", paramLabel = "ROLE",
            description = "roles: only these roles (DIRECTOR, OFFICER, TEN_PERCENT_OWNER, OTHER; default: all)")
    List<Role> roles = new ArrayList<>();

    @Option(names = "--role", paramLabel = "ROLE", description = "board, insiders: the role both ends hold "
            + "(default DIRECTOR)")
    Role role = Role.DIRECTOR;

    @Option(names = "--as-of", paramLabel = "DATE", description = "board, insiders: only spells held on this date "
            + "(default: held at any time)")
    @Nullable LocalDate asOf;

    @Option(names = "--grace-days", paramLabel = "DAYS", description = "board, insiders: as graceDays of the API "
            + "(default insidergraph.tenure.grace-days)")
    @Nullable Integer graceDays;

    @Option(names = "--min-shared", paramLabel = "N", description = "board, insiders: fewest shared partners that "
            + "make an edge (default 1)")
    int minShared = 1;

    @Option(names = "--limit", paramLabel = "N", description = "board, insiders: most nodes (default 5000, at most "
            + "insidergraph.network.max-nodes)")
    int limit = 5000;

    @Option(names = "--timeout", paramLabel = "DURATION", description = "stop the read after this long "
            + "(ISO-8601 or e.g. 30m; default: no limit)", converter = DurationConverter.class)
    @Nullable Duration timeout;

    @Unmatched
    List<String> springProperties = new ArrayList<>();

    ExportCommand(Class<?> application) {
        this.application = application;
    }

    @Override
    public Integer call() {
        var chosen = format();
        var kind = network.toLowerCase(Locale.ROOT);
        if (!List.of("roles", "board", "insiders").contains(kind)) {
            throw new ParameterException(spec.commandLine(), "Unknown --network '" + network
                    + "': roles, board or insiders");
        }
        if (minShared < 1 || limit < 1) {
            throw new ParameterException(spec.commandLine(), "--min-shared and --limit must be at least 1, were "
                    + minShared + " and " + limit);
        }
        var args = SpringProperties.toArgs(spec, springProperties);
        try (var context = new SpringApplicationBuilder(application)
                .main(application)
                .web(WebApplicationType.NONE)
                .logStartupInfo(false)
                .run(args)) {
            var files = context.getBean(NetworkFiles.class);
            var written = switch (kind) {
                case "roles" -> files.writeRoleNetwork(roles, chosen, file, timeout);
                default -> {
                    var grace = graceDays != null ? graceDays : context.getBean(TenureSettings.class).graceDays();
                    var request = new NetworkRequest(kind.equals("board") ? NetworkKind.BOARD : NetworkKind.PEOPLE,
                            role, Tenure.on(asOf, grace), minShared, limit);
                    yield files.writeProjected(request, chosen, file);
                }
            };
            spec.commandLine().getOut().println(written.describe());
            return 0;
        }
        catch (IOException | RuntimeException ex) {
            log.error("Export failed: {}", ex.getMessage(), ex);
            return 1;
        }
    }

    private ExportFormat format() {
        var name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        var extension = format != null ? format
                : name.endsWith(".csv.zip") || name.endsWith(".zip") ? "csv"
                : name.contains(".") ? name.substring(name.lastIndexOf('.') + 1) : "";
        return ExportFormat.ofExtension(extension).orElseThrow(() -> new ParameterException(spec.commandLine(),
                "Cannot tell the format of '" + file + "': give --format (" + ExportFormat.extensions() + ")"));
    }

    /** "30m", "2h", "90s" or ISO-8601 ("PT30M"). */
    static final class DurationConverter implements ITypeConverter<Duration> {
        @Override
        public Duration convert(String value) {
            return value.matches("(?i)\\d+[smh]") ? Duration.parse("PT" + value.toUpperCase(Locale.ROOT))
                    : Duration.parse(value);
        }
    }
}
