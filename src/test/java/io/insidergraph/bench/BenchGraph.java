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
        var appArgs = new ArrayList<>(List.of("--insidergraph.data-dir=" + work.resolve("db"),
                "--insidergraph.embedded.bolt-port=0", "--insidergraph.embedded.page-cache=1g",
                "--insidergraph.samples=false", "--server.port=0", "--logging.level.io.insidergraph=WARN"));
        appArgs.addAll(moreAppArgs);
        var context = new SpringApplicationBuilder(InsidergraphApplication.class)
                .web(WebApplicationType.SERVLET).logStartupInfo(false)
                .run(appArgs.toArray(String[]::new));
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
        var graph = context.getBean(StatsQueries.class).stats();
        System.out.printf("graph: %,d filings, %,d transactions, %,d holdings, %,d companies, %,d people "
                + "(%d copies of %d corpus filings)%n", graph.filings(), graph.transactions(), graph.holdings(),
                graph.companies(), graph.people(), copies, synthetic.templateCount());
        return new BenchGraph(context, copies);
    }

    int port() {
        return ((WebServerApplicationContext) context).getWebServer().getPort();
    }

    @Override
    public void close() {
        context.close();
    }
}
