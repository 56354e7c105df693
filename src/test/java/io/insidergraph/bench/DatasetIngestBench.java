package io.insidergraph.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Function;
import java.util.stream.Stream;

import io.insidergraph.InsidergraphApplication;
import io.insidergraph.graph.StatsQueries;
import io.insidergraph.ingest.IngestService;
import org.apache.hc.client5.http.classic.methods.HttpPost;
import org.apache.hc.client5.http.impl.classic.CloseableHttpClient;
import org.apache.hc.client5.http.impl.classic.HttpClients;
import org.apache.hc.core5.http.ContentType;
import org.apache.hc.core5.http.io.entity.ByteArrayEntity;
import org.apache.hc.core5.http.io.entity.EntityUtils;
import org.neo4j.driver.AccessMode;
import org.neo4j.driver.Driver;
import org.neo4j.driver.SessionConfig;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import tools.jackson.databind.json.JsonMapper;

/**
 * The whole market from the Form 345 data sets: N filings of {@link SyntheticDatasets} (real per-filing shape, the
 * SEC's format, one zip per quarter of 36,075 filings) loaded end to end into an empty embedded store by
 * {@code IngestService.ingest(folder)}, exactly what {@code insidergraph ingest <folder>} runs. Prints the shape it
 * generated from, the throughput and peak heap (used, and live after the last collection) in each quarter of the run, the time the whole 2006-2026 history (about
 * 3,000,000 filings) would take at the measured rates, and then the read latency over HTTP GraphQL on the store the
 * run leaves: interlocks of a company, the 2-hop neighbourhood of a person, a company's insiders on a date, and a
 * 50-row transactions page (each read over the 100 busiest targets of its kind, in random order).
 * <p>
 * The store stays in the folder given, for other benchmarks ({@code serve --insidergraph.data-dir=<store>}).
 * Usage: {@code ./mvnw -Pbench -DskipTests verify -Dbench.main=io.insidergraph.bench.DatasetIngestBench
 * -Dbench.args="1000000 /tmp/insidergraph-datasets /tmp/insidergraph-1m-store 2000"} (filings, work folder for the
 * zips, store folder, timed requests per read). The zips for a count are reused by a rerun; the store is always
 * made anew (the load must start empty).
 */
public final class DatasetIngestBench {

    private static final long HISTORY = 3_000_000;
    private static final SessionConfig READ = SessionConfig.builder().withDefaultAccessMode(AccessMode.READ).build();

    public static void main(String[] args) throws Exception {
        long count = args.length > 0 ? Long.parseLong(args[0]) : 100_000;
        var work = Path.of(args.length > 1 ? args[1] : "/tmp/insidergraph-datasets");
        var store = Path.of(args.length > 2 ? args[2] : work.resolve("store").toString());
        int requests = args.length > 3 ? Integer.parseInt(args[3]) : 1000;

        var synthetic = SyntheticDatasets.load(Path.of("src/test/resources/datasets/2024q3-partial.zip"),
                Path.of("src/test/resources/corpus/filings"));
        var shape = synthetic.shape();
        System.out.printf("shape per filing, from the real 2024 Q3 tables (%,d filings, %,d issuers): %.2f non-derivative"
                + " holdings, %.2f derivative transactions, %.2f derivative holdings, %.2f signatures; from the corpus"
                + " XML (%d filings): %.2f owners, %.2f non-derivative transactions, %.2f footnotes%n",
                shape.realFilings(), shape.issuers(), shape.nonDerivativeHoldings(), shape.derivativeTransactions(),
                shape.derivativeHoldings(), shape.signatures(), shape.corpusFilings(), shape.owners(),
                shape.nonDerivativeTransactions(), shape.footnotes());

        var zips = work.resolve("zips-" + count);
        if (!Files.exists(zips.resolve(".complete"))) {
            deleteRecursively(zips);
            long started = System.nanoTime();
            var written = synthetic.writeTo(zips, count);
            Files.createFile(zips.resolve(".complete"));
            System.out.printf("generated %,d filings as %d quarterly zips (%,d MB) in %.1f s%n", count, written.size(),
                    written.stream().mapToLong(DatasetIngestBench::size).sum() >> 20, seconds(started));
        }
        deleteRecursively(store);
        Files.createDirectories(store);

        var appArgs = List.of("--insidergraph.data-dir=" + store, "--insidergraph.embedded.bolt-port=0",
                "--insidergraph.embedded.page-cache=2g", "--insidergraph.samples=false", "--server.port=0",
                "--logging.level.io.insidergraph=WARN");
        try (var context = new SpringApplicationBuilder(InsidergraphApplication.class)
                .web(WebApplicationType.SERVLET).logStartupInfo(false).run(appArgs.toArray(String[]::new))) {
            var stats = context.getBean(StatsQueries.class);
            double rate = load(context.getBean(IngestService.class), stats, zips, count, store);
            var graph = stats.stats();
            System.out.printf("graph: %,d filings, %,d transactions, %,d holdings, %,d companies, %,d people%n",
                    graph.filings(), graph.transactions(), graph.holdings(), graph.companies(), graph.people());
            System.out.printf("store on disk: %,d MB in %s%n", folderSize(store) >> 20, store);

            int port = ((WebServerApplicationContext) context).getWebServer().getPort();
            new Reads(context.getBean(Driver.class), URI.create("http://127.0.0.1:" + port + "/graphql"))
                    .run(requests);
            System.out.printf("load average now: %.1f on %d cores%n",
                    ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage(),
                    Runtime.getRuntime().availableProcessors());
            System.out.printf("the store stays in %s (%.0f filings/s end to end)%n", store, rate);
        }
    }

    /** Ingests the zips, sampling how many filings are stored, to report rate and peak heap by quarter of the run. */
    private static double load(IngestService ingest, StatsQueries stats, Path zips, long count, Path store)
            throws Exception {
        var quarterNanos = new long[4];
        var quarterHeap = new long[4];
        var quarterStored = new long[4];
        var quarterLive = new long[4];
        var done = new AtomicBoolean();
        long cpuStarted = cpuNanos();
        long started = System.nanoTime();
        try (var heap = new HeapSampler()) {
            var sampler = Thread.ofPlatform().daemon().start(() -> {
                int quarter = 0;
                while (!done.get() && quarter < 3) {
                    try {
                        Thread.sleep(500);
                    }
                    catch (InterruptedException ex) {
                        return;
                    }
                    quarterLive[quarter] = Math.max(quarterLive[quarter], liveAfterGc());
                    long stored = stats.stats().filings();
                    if (stored * 4 >= (quarter + 1) * count) {
                        quarterNanos[quarter] = System.nanoTime();
                        quarterHeap[quarter] = heap.peakBytes();
                        quarterStored[quarter] = stored;
                        heap.reset();
                        quarter++;
                    }
                }
            });
            var summary = ingest.ingest(List.of(zips), store.resolve("rejects.tsv"));
            done.set(true);
            sampler.join();
            quarterNanos[3] = System.nanoTime();
            quarterHeap[3] = heap.peakBytes();
            quarterLive[3] = Math.max(quarterLive[3], liveAfterGc());
            quarterStored[3] = summary.ingested();
            System.out.println("ingest: " + summary.describe());
            System.out.println("quarter of the run | filings stored | filings/s in it | peak heap MB | live after GC MB");
            long previousNanos = started;
            long previousStored = 0;
            double lastRate = 0;
            for (int q = 0; q < 4; q++) {
                if (quarterNanos[q] == 0) {
                    continue;
                }
                lastRate = (quarterStored[q] - previousStored) / ((quarterNanos[q] - previousNanos) / 1e9);
                System.out.printf("%18d | %,14d | %,15.0f | %,12d | %,16d%n", q + 1, quarterStored[q], lastRate,
                        quarterHeap[q] >> 20, quarterLive[q] >> 20);
                previousNanos = quarterNanos[q];
                previousStored = quarterStored[q];
            }
            double total = (quarterNanos[3] - started) / 1e9;
            double rate = summary.ingested() / total;
            double cpu = (cpuNanos() - cpuStarted) / 1e9;
            // with other work on the machine, filings per CPU-second stay comparable where filings/s do not
            System.out.printf("CPU: %.0f s for the run, %,.0f filings per CPU-second, %.2f cores busy on average%n",
                    cpu, summary.ingested() / cpu, cpu / total);
            // the rest of the history at the last quarter's rate: the store only grows, and rates fall as it does
            double history = total + Math.max(0, HISTORY - summary.ingested()) / lastRate;
            System.out.printf("whole run: %,d filings in %.0f s = %,.0f filings/s; the 2006-2026 history (%,d filings) "
                    + "extrapolated at the last quarter's rate: %.0f min (target 30 min, %.2f of it)%n",
                    summary.ingested(), total, rate, HISTORY, history / 60, history / 1800);
            return rate;
        }
    }

    /** The four reads, over HTTP GraphQL, each over the 100 busiest targets of its kind. */
    private record Reads(Driver driver, URI endpoint) {

        void run(int requests) throws Exception {
            var interlocked = targets("""
                    MATCH (c:Company)<-[:DIRECTOR_OF]-(:Entity)-[:DIRECTOR_OF]->(o:Company) WHERE c <> o
                    RETURN c.cik AS cik, count(DISTINCT o) AS n ORDER BY n DESC, cik LIMIT 100""");
            var connected = targets("""
                    MATCH (p:Person)-[:DIRECTOR_OF|OFFICER_OF|TEN_PERCENT_OWNER_OF|OTHER_INSIDER_OF]->(c:Company)
                    RETURN p.cik AS cik, count(DISTINCT c) AS n ORDER BY n DESC, cik LIMIT 100""");
            var staffed = targets("""
                    MATCH (c:Company)<-[r:DIRECTOR_OF|OFFICER_OF|TEN_PERCENT_OWNER_OF|OTHER_INSIDER_OF]-()
                    RETURN c.cik AS cik, count(r) AS n ORDER BY n DESC, cik LIMIT 100""");
            var traded = targets("""
                    MATCH (c:Company)<-[:ISSUER]-(:Filing)-[:REPORTS]->(t:Transaction)
                    RETURN c.cik AS cik, count(t) AS n ORDER BY n DESC, cik LIMIT 100""");
            var day = middleDate();
            System.out.printf("read targets: %d interlocked companies (most: %s), %d connected people, %d companies with"
                    + " insiders, %d traded issuers; insiders on %s%n", interlocked.size(), interlocked.getFirst(),
                    connected.size(), staffed.size(), traded.size(), day);
            var json = JsonMapper.builder().build();
            try (var http = HttpClients.createMinimal()) {
                System.out.println("read over HTTP GraphQL         | p50 ms | p99 ms | requests");
                time(http, json, requests, "interlocks", interlocked, cik -> Map.of("query",
                        "query($cik: ID!) { interlocks(cik: $cik, role: DIRECTOR) { company { cik name ticker } "
                                + "sharedInsiders { cik name } } }", "variables", Map.of("cik", cik)));
                time(http, json, requests, "neighbourhood (2 hops)", connected, cik -> Map.of("query",
                        "query($cik: ID!) { neighborhood(cik: $cik, hops: 2, limit: 500) { truncated "
                                + "nodes { id cik label kind hops } edges { id source target role since until } } }",
                        "variables", Map.of("cik", cik)));
                time(http, json, requests, "insiders on " + day, staffed, cik -> Map.of("query",
                        "query($cik: ID!, $day: Date) { company(cik: $cik) { name insiders(asOf: $day) { role title "
                                + "since until filings owner { cik name } } } }",
                        "variables", Map.of("cik", cik, "day", day.toString())));
                time(http, json, requests, "transactions page (50 rows)", traded, cik -> Map.of("query",
                        "query($cik: ID!) { transactions(filter: { issuerCik: $cik }, first: 50) { totalCount "
                                + "pageInfo { hasNextPage endCursor } edges { cursor node { id transactionDate code "
                                + "shares pricePerShare value issuer { cik name } owners { cik name } } } } }",
                        "variables", Map.of("cik", cik)));
            }
        }

        private void time(CloseableHttpClient http, JsonMapper json, int requests, String name, List<String> targets,
                Function<String, Map<String, Object>> body) throws Exception {
            var random = new Random(42);
            var nanos = new long[requests];
            int failed = 0;
            for (int i = -Math.max(200, requests / 2); i < requests; i++) {
                var request = new HttpPost(endpoint);
                request.setEntity(new ByteArrayEntity(json.writeValueAsBytes(body.apply(targets.get(random.nextInt(
                        targets.size())))), ContentType.APPLICATION_JSON));
                long started = System.nanoTime();
                var answer = http.execute(request, response -> response.getCode() + " "
                        + EntityUtils.toString(response.getEntity(), StandardCharsets.UTF_8));
                long elapsed = System.nanoTime() - started;
                // an answer with errors (a query timeout on a loaded machine, say) is counted, and its time kept
                if (!answer.startsWith("200 ") || answer.contains("\"errors\"")) {
                    if (failed++ == 0) {
                        System.out.println(name + " failed: " + answer.substring(0, Math.min(300, answer.length())));
                    }
                }
                if (i >= 0) {
                    nanos[i] = elapsed;
                }
            }
            Arrays.sort(nanos);
            System.out.printf("%-31s | %6.2f | %6.2f | %d (%d with errors)%n", name, millis(nanos, 0.5),
                    millis(nanos, 0.99), requests, failed);
        }

        private List<String> targets(String statement) {
            try (var session = driver.session(READ)) {
                var found = session.executeRead(tx -> tx.run(statement).list(r -> r.get("cik").asString()));
                if (found.isEmpty()) {
                    throw new IllegalStateException("no read target: " + statement);
                }
                return found;
            }
        }

        /** The median period of report: a date on which many insiders are in office. */
        private LocalDate middleDate() {
            try (var session = driver.session(READ)) {
                long dated = session.executeRead(tx -> tx.run(
                        "MATCH (f:Filing) WHERE f.periodOfReport IS NOT NULL RETURN count(f) AS n").single()
                        .get("n").asLong());
                return session.executeRead(tx -> tx.run("""
                        MATCH (f:Filing) WHERE f.periodOfReport IS NOT NULL
                        RETURN f.periodOfReport AS day ORDER BY day SKIP $half LIMIT 1""",
                        Map.of("half", dated / 2)).single().get("day").asLocalDate());
            }
        }
    }

    /**
     * The old generation as the last collection left it: the live data, where the peak of the used heap also counts
     * garbage not yet collected (G1 lets it grow towards -Xmx before it collects).
     */
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

    private static long cpuNanos() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
                .getProcessCpuTime();
    }

    private static double millis(long[] sorted, double quantile) {
        return sorted[Math.min(sorted.length - 1, (int) Math.ceil(quantile * sorted.length) - 1)] / 1e6;
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

    private static long folderSize(Path folder) throws IOException {
        try (Stream<Path> walk = Files.walk(folder)) {
            return walk.filter(Files::isRegularFile).mapToLong(DatasetIngestBench::size).sum();
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
