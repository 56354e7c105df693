package io.insidergraph.cli;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

import io.insidergraph.fetch.DatasetSelection;
import io.insidergraph.fetch.DateRange;
import io.insidergraph.fetch.EdgarFetcher;
import io.insidergraph.fetch.EdgarProperties;
import io.insidergraph.fetch.FetchConfiguration;
import io.insidergraph.fetch.FetchRequest;
import io.insidergraph.fetch.FetchSummary;
import io.insidergraph.fetch.Forms;
import io.insidergraph.fetch.UserAgent;
import io.insidergraph.ingest.IngestService;
import io.insidergraph.neo4j.EmbeddedNeo4j.DataFolderInUseException;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.context.properties.bind.BindException;
import org.springframework.core.NestedExceptionUtils;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Unmatched;

/** Downloads insider filings from SEC EDGAR into a local folder laid out as EDGAR lays it out. */
@Command(name = "fetch", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Download Forms 3, 4, 5 and amendments from SEC EDGAR into <out>/<cik>/<accession>/.",
                "A re-run downloads only what is missing."},
        footer = {"", "Exit status: 0 all fetched, 3 some could not be fetched (listed), 2 usage error or no "
                + "User-Agent, 1 fatal error.",
                "Examples:",
                "  fetch --user-agent \"Jane Doe jane@example.org\" --ticker TSLA --ingest",
                "  fetch --cik 1494730 --from 2020-01-01 --to 2024-12-31 --forms 4,4/A",
                "  fetch --from 2025-01-01 --to 2025-03-31 --forms 4",
                "  fetch --bulk --from 2025-03-03 --to 2025-03-07",
                "  fetch --datasets --from 2006q1 --to 2026q3 --ingest",
                "  fetch --datasets --from 2024 --to 2024",
                "  fetch --datasets --latest"})
final class FetchCommand implements Callable<Integer> {

    static final int SOME_FAILED = 3;

    private static final Logger log = LoggerFactory.getLogger(FetchCommand.class);

    @Spec
    CommandSpec spec;

    @Option(names = "--cik", paramLabel = "CIK", description = "A company or person (issuer or reporting owner) "
            + "whose filings to fetch; repeatable.")
    List<Long> ciks = new ArrayList<>();

    @Option(names = "--ticker", paramLabel = "TICKER", description = "A company by ticker; repeatable.")
    List<String> tickers = new ArrayList<>();

    @Option(names = "--from", paramLabel = "DATE", description = "First filing date (YYYY-MM-DD). Alone, or with "
            + "--to, selects across all filers from EDGAR's form indexes. With --datasets: the first quarter "
            + "(2024q3) or year (2024).")
    @Nullable String from;

    @Option(names = "--to", paramLabel = "DATE", description = "Last filing date (YYYY-MM-DD); default today. With "
            + "--datasets: the last quarter or year; default the newest published.")
    @Nullable String to;

    @Option(names = "--forms", paramLabel = "FORMS", defaultValue = "3,3/A,4,4/A,5,5/A",
            description = "Form types to fetch, comma-separated (default: ${DEFAULT-VALUE}).")
    String forms = "3,3/A,4,4/A,5,5/A";

    @Option(names = "--bulk", description = "Take the date range from the daily feed archives (one large "
            + "download a day, every filer) instead of one request per filing.")
    boolean bulk;

    @Option(names = "--datasets", description = "Fetch the SEC's quarterly Form 345 data sets (every filer's "
            + "Forms 3, 4, 5 of a quarter in one zip, 2006 onwards) into <out>/datasets/, instead of filings.")
    boolean datasets;

    @Option(names = "--latest", description = "With --datasets: only the newest quarter the SEC lists.")
    boolean latest;

    @Option(names = "--ingest", description = "Then ingest every selected filing now in the folder (fetched by "
            + "this run or before) into the graph.")
    boolean ingest;

    @Option(names = "--out", paramLabel = "DIR", description = "Folder to fetch into (default: "
            + "insidergraph.edgar.out, which is <insidergraph.data-dir>/edgar).")
    @Nullable Path out;

    @Option(names = "--user-agent", paramLabel = "NAME_EMAIL", description = "Who you are, as the SEC requires, "
            + "e.g. \"Jane Doe jane@example.org\" (or set insidergraph.edgar.user-agent / "
            + "INSIDERGRAPH_EDGAR_USER_AGENT).")
    @Nullable String userAgent;

    @Unmatched
    List<String> springProperties = new ArrayList<>();

    private final Class<?> application;

    FetchCommand(Class<?> application) {
        this.application = application;
    }

    @Override
    public Integer call() {
        var request = request();
        var args = new ArrayList<>(List.of(SpringProperties.toArgs(spec, springProperties)));
        if (userAgent != null) {
            args.add("--insidergraph.edgar.user-agent=" + userAgent);
        }
        try {
            var fetched = fetch(request, args);
            int exitCode = fetched.failures().isEmpty() ? 0 : SOME_FAILED;
            return ingest && !fetched.files().isEmpty() ? Math.max(exitCode, ingest(fetched, args)) : exitCode;
        }
        catch (UserAgent.MissingUserAgentException ex) {
            spec.commandLine().getErr().println(ex.getMessage());
            return 2;
        }
        catch (InterruptedException ex) {
            Thread.currentThread().interrupt();
            log.error("Fetch interrupted");
            return 1;
        }
        catch (RuntimeException ex) {
            if (badSetting(ex) instanceof String problem) {
                spec.commandLine().getErr().println("Invalid setting: " + problem);
                return 2;
            }
            if (DataFolderInUseException.in(ex).isEmpty()) { // else it has been said, in one line
                log.error("Fetch failed: {}", ex.getMessage(), ex);
            }
            return 1;
        }
    }

    /** What is wrong with an {@code insidergraph.edgar.*} value, when that is why the fetch context did not start. */
    private static @Nullable String badSetting(Throwable ex) {
        for (Throwable cause = ex; cause != null; cause = cause.getCause()) {
            if (cause instanceof BindException bind) {
                return NestedExceptionUtils.getMostSpecificCause(bind).getMessage();
            }
        }
        return null;
    }

    /** Checks the User-Agent before anything is sent (throwing {@link UserAgent.MissingUserAgentException}). */
    private FetchSummary fetch(FetchRequest request, List<String> args) {
        // fetching needs no database: a context of the fetch beans alone, so that it runs beside a running serve
        try (var context = new SpringApplicationBuilder(FetchConfiguration.class)
                .web(WebApplicationType.NONE)
                .logStartupInfo(false)
                .run(args.toArray(String[]::new))) {
            UserAgent.of(context.getBean(EdgarProperties.class).userAgent());
            var fetched = context.getBean(EdgarFetcher.class).fetch(request);
            spec.commandLine().getOut().println(fetched.describe());
            return fetched;
        }
    }

    private int ingest(FetchSummary fetched, List<String> args) throws InterruptedException {
        try (var context = new SpringApplicationBuilder(application)
                .main(application)
                .web(WebApplicationType.NONE)
                .properties(IngestCommand.NO_BOLT)
                .logStartupInfo(false)
                .run(args.toArray(String[]::new))) {
            var ingested = context.getBean(IngestService.class).ingest(fetched.files(), null);
            IngestCommand.print(ingested, spec.commandLine().getOut());
            return ingested.exitCode();
        }
    }

    /** Built before anything starts, so that a usage error costs nothing. */
    private FetchRequest request() {
        try {
            if (datasets) {
                return new FetchRequest(ciks, tickers, null, Forms.parse(forms), bulk, out, new DatasetSelection(
                        from == null ? null : DatasetSelection.start(from),
                        to == null ? null : DatasetSelection.end(to), latest));
            }
            if (latest) {
                throw new IllegalArgumentException("--latest goes with --datasets");
            }
            DateRange range = null;
            if (from != null) {
                range = new DateRange(date("--from", from),
                        to != null ? date("--to", to) : LocalDate.now(FetchConfiguration.EDGAR_ZONE));
            }
            else if (to != null) {
                throw new IllegalArgumentException("--to needs --from");
            }
            return new FetchRequest(ciks, tickers, range, Forms.parse(forms), bulk, out);
        }
        catch (IllegalArgumentException ex) {
            throw new ParameterException(spec.commandLine(), ex.getMessage());
        }
    }

    private static LocalDate date(String option, String text) {
        try {
            return LocalDate.parse(text.strip());
        }
        catch (java.time.format.DateTimeParseException ex) {
            throw new IllegalArgumentException("Invalid value for option '" + option + "': '" + text
                    + "' is not a date (YYYY-MM-DD)" + (text.matches("\\d{4}([qQ][1-4])?") ? "; quarters and years"
                    + " go with --datasets" : ""));
        }
    }
}
