package io.insidergraph.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;

import io.insidergraph.InsidergraphApplication;
import io.insidergraph.filing.FilingParseException;
import io.insidergraph.filing.FilingParser;
import io.insidergraph.filing.OwnershipFiling;
import io.insidergraph.graph.GraphWriter;
import io.insidergraph.graph.StatsQueries;
import io.insidergraph.ingest.IngestService;
import io.insidergraph.ingest.IngestSettings;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Ingest throughput, end to end and by part, in one run: N filings generated from the corpus
 * ({@link SyntheticFilings}) are written to disk as files, then
 * <ol>
 * <li>parse-only: read and parse every file with the pipeline's parser threads, results dropped;</li>
 * <li>write-only: the same filings parsed beforehand batch by batch (untimed), written by the app's GraphWriter
 * into an empty embedded database (timed);</li>
 * <li>end to end: {@code IngestService.ingest(folder)}, exactly what {@code insidergraph ingest} runs, into another
 * empty embedded database, with the peak heap in each quarter of the run.</li>
 * </ol>
 * Usage: {@code ./mvnw -Pbench -DskipTests verify -Dbench.main=io.insidergraph.bench.IngestBench
 * -Dbench.args="100000 /tmp/insidergraph-bench [cypher]"}.
 */
public final class IngestBench {

    public static void main(String[] args) throws Exception {
        long count = args.length > 0 ? Long.parseLong(args[0]) : 100_000;
        var work = Path.of(args.length > 1 ? args[1] : "/tmp/insidergraph-bench");
        var writer = args.length > 2 ? args[2] : "auto";
        deleteRecursively(work);
        var filings = work.resolve("filings");

        var synthetic = SyntheticFilings.fromCorpus(Path.of("src/test/resources/corpus/filings"));
        long started = System.nanoTime();
        var files = synthetic.writeTo(filings, count);
        long bytes = files.stream().mapToLong(IngestBench::size).sum();
        System.out.printf("generated %,d filings (%d corpus templates, %,d MB) in %.1f s%n", files.size(),
                synthetic.templateCount(), bytes >> 20, seconds(started));

        var settings = new IngestSettings(500, 0, org.springframework.util.unit.DataSize.ofMegabytes(20),
                org.springframework.util.unit.DataSize.ofMegabytes(256));
        int threads = settings.parserThreads() > 0 ? settings.parserThreads()
                : Math.max(1, Runtime.getRuntime().availableProcessors());

        try (var heap = new HeapSampler()) {
            long cpu = cpuNanos();
            double parseOnly = parseOnly(files, threads);
            System.out.printf("parse-only:  %,8.0f filings/s (%d parser threads; %s)%n", parseOnly, threads,
                    perCpuSecond(files.size(), cpu));

            heap.reset();
            double writeOnly = writeOnly(files, work.resolve("db-write-only"), writer);
            System.out.printf("write-only:  %,8.0f filings/s (writer %s, batches of 500, peak heap %,d MB)%n",
                    writeOnly, writer, heap.peakBytes() >> 20);

            heap.reset();
            var quarters = new long[4];
            cpu = cpuNanos();
            double endToEnd = endToEnd(filings, count, work.resolve("db-end-to-end"), writer, heap, quarters);
            System.out.printf("end-to-end:  %,8.0f filings/s (peak heap by quarter of the run: %,d / %,d / %,d / %,d MB; %s, startup included)%n",
                    endToEnd, quarters[0] >> 20, quarters[1] >> 20, quarters[2] >> 20, quarters[3] >> 20,
                    perCpuSecond(files.size(), cpu));
            System.out.printf("load average now: %.1f on %d cores (other processes take CPU from the run)%n",
                    java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage(),
                    Runtime.getRuntime().availableProcessors());
            System.out.printf("ratio end-to-end / min(parse-only, write-only) = %.2f%n",
                    endToEnd / Math.min(parseOnly, writeOnly));
        }
    }

    private static double parseOnly(List<Path> files, int threads) throws Exception {
        var parser = new FilingParser();
        var next = new AtomicLong();
        var parsed = new AtomicLong();
        long started = System.nanoTime();
        try (var pool = Executors.newFixedThreadPool(threads)) {
            for (int t = 0; t < threads; t++) {
                pool.submit(() -> {
                    for (long i = next.getAndIncrement(); i < files.size(); i = next.getAndIncrement()) {
                        var file = files.get((int) i);
                        try {
                            parser.parse(file.toString(), Files.readAllBytes(file));
                            parsed.incrementAndGet();
                        }
                        catch (FilingParseException | IOException ex) {
                            throw new IllegalStateException(ex);
                        }
                    }
                    return null;
                });
            }
        }
        return parsed.get() / seconds(started);
    }

    private static double writeOnly(List<Path> files, Path dataDir, String writer) throws Exception {
        try (var context = start(dataDir, writer)) {
            var graphWriter = context.getBean(GraphWriter.class);
            var parser = new FilingParser();
            long writeNanos = 0;
            long written = 0;
            for (int from = 0; from < files.size(); from += 500) {
                var batch = new ArrayList<OwnershipFiling>(500);
                for (var file : files.subList(from, Math.min(files.size(), from + 500))) {
                    batch.add(parser.parse(file.toString(), Files.readAllBytes(file)));
                }
                long started = System.nanoTime();
                written += graphWriter.write(batch).written().size();
                writeNanos += System.nanoTime() - started;
            }
            return written / (writeNanos / 1e9);
        }
    }

    private static double endToEnd(Path folder, long count, Path dataDir, String writer, HeapSampler heap,
            long[] quarters) throws Exception {
        try (var context = start(dataDir, writer)) {
            var ingest = context.getBean(IngestService.class);
            var stats = context.getBean(StatsQueries.class);
            var done = new java.util.concurrent.atomic.AtomicBoolean();
            var sampler = Thread.ofPlatform().daemon().start(() -> {
                int quarter = 0;
                while (!done.get()) {
                    try {
                        Thread.sleep(200);
                    }
                    catch (InterruptedException ex) {
                        return;
                    }
                    long stored = stats.stats().filings();
                    int now = (int) Math.min(3, stored * 4 / count);
                    if (now > quarter) {
                        quarters[quarter] = heap.peakBytes();
                        heap.reset();
                        quarter = now;
                    }
                }
            });
            var summary = ingest.ingest(List.of(folder), dataDir.resolve("rejects.tsv"));
            done.set(true);
            sampler.join();
            quarters[3] = Math.max(quarters[3], heap.peakBytes());
            System.out.println("end-to-end summary: " + summary.describe());
            return summary.filingsPerSecond();
        }
    }

    private static ConfigurableApplicationContext start(Path dataDir, String writer) {
        return new SpringApplicationBuilder(InsidergraphApplication.class)
                .web(WebApplicationType.NONE)
                .logStartupInfo(false)
                .run("--insidergraph.data-dir=" + dataDir, "--insidergraph.embedded.bolt-port=0",
                        "--insidergraph.embedded.page-cache=1g", "--insidergraph.ingest.writer=" + writer,
                        "--logging.level.io.insidergraph=WARN");
    }

    /** CPU time of the whole process: with other work on the machine, filings per CPU-second stay comparable. */
    private static long cpuNanos() {
        return ((com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory
                .getOperatingSystemMXBean()).getProcessCpuTime();
    }

    private static String perCpuSecond(long filings, long cpuStarted) {
        double cpuSeconds = (cpuNanos() - cpuStarted) / 1e9;
        return String.format("%.1f CPU-s, %,.0f filings per CPU-second", cpuSeconds, filings / cpuSeconds);
    }

    private static double seconds(long startedNanos) {
        return (System.nanoTime() - startedNanos) / 1e9;
    }

    private static long size(Path file) {
        try {
            return Files.size(file);
        }
        catch (IOException ex) {
            return 0;
        }
    }

    private static void deleteRecursively(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(dir)) {
            for (var path : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        }
    }
}
