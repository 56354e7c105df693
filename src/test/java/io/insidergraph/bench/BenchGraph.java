package io.insidergraph.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import io.insidergraph.InsidergraphApplication;
import io.insidergraph.graph.StatsQueries;
import io.insidergraph.ingest.IngestService;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The app of a read benchmark, on N filings generated from the corpus ({@link SyntheticFilings}: each copy of the
 * corpus a disjoint replica with CIKs shifted by 3,000,000), ingested with the app's fastest path into a work
 * folder; a folder that already holds the database for that count is reused.
 *
 * @param context the running app (HTTP on a free port)
 * @param copies  how many copies of the corpus the graph holds
 */
record BenchGraph(ConfigurableApplicationContext context, long copies) implements AutoCloseable {

    static final long CIK_OFFSET = 3_000_000L;

    /** Starts the app on the work folder's database, ingesting {@code count} filings first if it has none. */
    static BenchGraph start(long count, Path work, List<String> moreAppArgs) throws Exception {
        var synthetic = SyntheticFilings.fromCorpus(Path.of("src/test/resources/corpus/filings"));
        var context = app(work.resolve("db"), moreAppArgs);
        // the filings folder and the marker are per count, so a rerun with the same count reuses the database
        var ingested = work.resolve("ingested-" + count);
        if (!Files.exists(ingested)) {
            var folder = work.resolve("filings-" + count);
            if (!Files.exists(folder)) {
                long started = System.nanoTime();
                synthetic.writeTo(folder, count);
                System.out.printf("generated %,d filings in %.1f s%n", count, (System.nanoTime() - started) / 1e9);
            }
            var summary = context.getBean(IngestService.class).ingest(List.of(folder), work.resolve("rejects.tsv"));
            System.out.println("ingest: " + summary.describe());
            Files.createFile(ingested);
        }
        long copies = count / synthetic.templateCount();
        printStats(context, "(" + copies + " copies of " + synthetic.templateCount() + " corpus filings)");
        return new BenchGraph(context, copies);
    }

    /**
     * Starts the app on a store that another run left (a data folder such as DatasetIngestBench's), ingesting
     * nothing; how many corpus copies it holds is unknown (0).
     */
    static BenchGraph open(Path store, List<String> moreAppArgs) {
        if (!Files.isDirectory(store.resolve("neo4j"))) {
            throw new IllegalArgumentException(store + " holds no store (no neo4j folder): give a data folder that "
                    + "a bench or `insidergraph ingest --insidergraph.data-dir=...` left");
        }
        var context = app(store, moreAppArgs);
        printStats(context, "(the store in " + store + ")");
        return new BenchGraph(context, 0);
    }

    private static ConfigurableApplicationContext app(Path dataDir, List<String> moreAppArgs) {
        var appArgs = new ArrayList<>(List.of("--insidergraph.data-dir=" + dataDir,
                "--insidergraph.embedded.bolt-port=0", "--insidergraph.embedded.page-cache=1g",
                "--insidergraph.samples=false", "--server.port=0", "--logging.level.io.insidergraph=WARN"));
        appArgs.addAll(moreAppArgs);
        return new SpringApplicationBuilder(InsidergraphApplication.class)
                .web(WebApplicationType.SERVLET).logStartupInfo(false)
                .run(appArgs.toArray(String[]::new));
    }

    private static void printStats(ConfigurableApplicationContext context, String what) {
        var graph = context.getBean(StatsQueries.class).stats();
        System.out.printf("graph: %,d filings, %,d transactions, %,d holdings, %,d companies, %,d people %s%n",
                graph.filings(), graph.transactions(), graph.holdings(), graph.companies(), graph.people(), what);
    }

    int port() {
        return ((WebServerApplicationContext) context).getWebServer().getPort();
    }

    @Override
    public void close() {
        context.close();
    }
}
