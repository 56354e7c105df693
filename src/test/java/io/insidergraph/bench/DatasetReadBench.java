package io.insidergraph.bench;

import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.ZipInputStream;

import io.insidergraph.dataset.DatasetFiling;
import io.insidergraph.dataset.DatasetReader;
import io.insidergraph.dataset.DatasetSink;
import org.jspecify.annotations.Nullable;

/**
 * The data-set reader alone, without a database: one quarter of N filings ({@link SyntheticDatasets}; 108,225 = three
 * times 2024 Q3, about the largest real quarters) read from its zip, spooled, joined and assembled, the filings
 * dropped. Prints the time, the rate, the peak heap and the live heap after collections, so that a run with a small
 * {@code -Xmx} shows the reader's memory does not grow with the quarter. Usage:
 * {@code ./mvnw -Pbench -DskipTests verify -Dbench.heap=256m -Dbench.main=io.insidergraph.bench.DatasetReadBench
 * -Dbench.args="108225 /tmp/insidergraph-dataset-read"}.
 */
public final class DatasetReadBench {

    public static void main(String[] args) throws Exception {
        int filings = args.length > 0 ? Integer.parseInt(args[0]) : 108_225;
        var work = Path.of(args.length > 1 ? args[1] : "/tmp/insidergraph-dataset-read");
        var zip = work.resolve("quarter-" + filings + ".zip");
        if (!Files.exists(zip)) {
            SyntheticDatasets.load(Path.of("src/test/resources/datasets/2024q3-partial.zip"),
                    Path.of("src/test/resources/corpus/filings")).writeQuarter(zip, filings);
        }
        System.out.printf("one quarter of %,d filings: %,d MB zipped, -Xmx %,d MB%n", filings, Files.size(zip) >> 20,
                Runtime.getRuntime().maxMemory() >> 20);
        for (int run = 1; run <= 2; run++) {
            System.gc();
            try (var heap = new HeapSampler()) {
                long cpu = cpuNanos();
                long started = System.nanoTime();
                var counts = read(zip, work);
                double seconds = (System.nanoTime() - started) / 1e9;
                double cpuSeconds = (cpuNanos() - cpu) / 1e9;
                System.out.printf("run %d: %,d filings, %,d rejected in %.1f s = %,.0f filings/s on one thread "
                        + "(%,.0f filings per CPU-second of the process, GC included); peak heap %,d MB, live after GC"
                        + " %,d MB%n", run, counts.filings(), counts.rejected(), seconds, counts.filings() / seconds,
                        counts.filings() / cpuSeconds, heap.peakBytes() >> 20, liveAfterGc() >> 20);
                reasons.forEach((reason, n) -> System.out.printf("  %,6d rejected: %s%n", n, reason));
            }
        }
    }

    /** Reasons of the rejects of the last run, counted. */
    private static final java.util.Map<String, Integer> reasons = new java.util.TreeMap<>();

    private static DatasetReader.Counts read(Path zip, Path work) throws Exception {
        reasons.clear();
        try (var reader = new DatasetReader(zip.toString(), work);
                var in = new ZipInputStream(Files.newInputStream(zip))) {
            for (var entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                reader.addTable(entry.getName(), in);
            }
            reader.finish(new DatasetSink() {
                @Override
                public void filing(DatasetFiling filing) {
                    // dropped: the reader alone is measured
                }

                @Override
                public void rejected(String source, @Nullable String accession, String reason) {
                    // the reason without the line and row numbers, so that alike reasons count together
                    reasons.merge(reason.replaceAll("line \\d+", "line N").replaceAll("\\[\\d+]", "[n]")
                            .replaceAll("\\d+ transactions and holdings", "N transactions and holdings"), 1,
                            Integer::sum);
                }
            });
            if (!reader.missingTables().isEmpty()) {
                throw new IllegalStateException("missing " + reader.missingTables());
            }
            return reader.counts();
        }
    }

    private static long cpuNanos() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
                .getProcessCpuTime();
    }

    private static long liveAfterGc() {
        long live = 0;
        for (var pool : ManagementFactory.getMemoryPoolMXBeans()) {
            var usage = pool.getCollectionUsage();
            if (usage != null && pool.getName().contains("Old")) {
                live += usage.getUsed();
            }
        }
        return live;
    }
}
