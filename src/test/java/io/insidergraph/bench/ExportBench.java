package io.insidergraph.bench;

import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

import io.insidergraph.InsidergraphApplication;
import io.insidergraph.export.ExportFormat;
import io.insidergraph.export.NetworkFiles;
import io.insidergraph.graph.RoleNetworkReader;
import io.insidergraph.graph.StatsQueries;
import io.insidergraph.ingest.IngestService;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The whole graph's role network exported as {@code insidergraph export} does, in each format, against a baseline
 * measured in the same run: the same two statements read and every record mapped, with nothing written. Prints
 * time, nodes and edges, file size, the peak used heap and the peak heap live after a collection (what the export
 * really holds: bounded if it streams), for each.
 * <p>
 * On an existing store (the data folder of a previous run, or the data-set bench's 1,000,000-filing store) it only
 * reads; on an empty folder it first generates N filings from the corpus ({@link SyntheticFilings}) and ingests
 * them. Usage:
 * {@code ./mvnw -Pbench -DskipTests verify -Dbench.main=io.insidergraph.bench.ExportBench
 * -Dbench.args="DATA_DIR [N=100000]"}.
 */
public final class ExportBench {

    public static void main(String[] args) throws Exception {
        var data = Path.of(args.length > 0 ? args[0] : "/tmp/insidergraph-export-bench");
        long count = args.length > 1 ? Long.parseLong(args[1]) : 100_000;
        if (!Files.isDirectory(data.resolve("neo4j"))) {
            generate(data, count);
        }
        var out = Files.createTempDirectory("insidergraph-export-bench-");
        try (var context = start(data); var heap = new HeapSampler(); var live = new LiveHeap()) {
            var stats = context.getBean(StatsQueries.class).stats();
            System.out.printf("store %s: %,d filings, %,d companies, %,d people%n", data, stats.filings(),
                    stats.companies(), stats.people());
            var reader = context.getBean(RoleNetworkReader.class);
            readOnce(reader);
            heap.reset();
            live.reset();
            long started = System.nanoTime();
            var counts = readOnce(reader);
            double baseline = (System.nanoTime() - started) / 1e9;
            System.out.printf("%-8s %8.1f s  %,9d nodes %,10d edges %14s  peak heap %,6d MB, live after GC %,6d MB%n",
                    "read", baseline, counts[0], counts[1], "-", heap.peakBytes() >> 20, live.peakBytes() >> 20);
            var files = context.getBean(NetworkFiles.class);
            for (var format : ExportFormat.values()) {
                heap.reset();
                live.reset();
                var written = files.writeRoleNetwork(List.of(), format, out.resolve(format.fileName("insiders")), null);
                double took = written.took().toMillis() / 1000.0;
                System.out.printf("%-8s %8.1f s  %,9d nodes %,10d edges %,11d kB  peak heap %,6d MB, live after GC %,6d MB"
                                + "  (%.2f x read)%n", format.extension(), took, written.nodes(), written.edges(),
                        written.bytes() >> 10, heap.peakBytes() >> 20, live.peakBytes() >> 20, took / baseline);
                Files.delete(written.file());
            }
            System.out.printf("max heap %,d MB; load average now %.1f on %d cores%n",
                    Runtime.getRuntime().maxMemory() >> 20,
                    ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage(),
                    Runtime.getRuntime().availableProcessors());
        }
        finally {
            Files.deleteIfExists(out);
        }
    }

    /** Reads the role network and maps every record, as an export does, writing nothing. */
    private static long[] readOnce(RoleNetworkReader reader) {
        var nodes = new AtomicLong();
        var edges = new AtomicLong();
        reader.read(List.of(), null, (nodeStream, edgeStream) -> {
            nodeStream.forEach(node -> nodes.incrementAndGet());
            edgeStream.forEach(edge -> edges.incrementAndGet());
            return null;
        });
        return new long[] {nodes.get(), edges.get()};
    }

    private static void generate(Path data, long count) throws Exception {
        var filings = data.resolveSibling(data.getFileName() + "-filings");
        var synthetic = SyntheticFilings.fromCorpus(Path.of("src/test/resources/corpus/filings"));
        var files = synthetic.writeTo(filings, count);
        try (var context = start(data)) {
            var summary = context.getBean(IngestService.class).ingest(List.of(filings), data.resolve("rejects.tsv"));
            System.out.println("generated the store: " + files.size() + " files; " + summary.describe());
        }
    }

    private static ConfigurableApplicationContext start(Path data) {
        return new SpringApplicationBuilder(InsidergraphApplication.class)
                .web(WebApplicationType.NONE)
                .logStartupInfo(false)
                .run("--insidergraph.data-dir=" + data, "--insidergraph.embedded.bolt-port=0",
                        "--insidergraph.embedded.page-cache=1g", "--logging.level.io.insidergraph=WARN");
    }
}
