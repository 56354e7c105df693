package io.insidergraph.bench;

import java.lang.management.ManagementFactory;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;

import io.insidergraph.graph.Role;
import io.insidergraph.graph.Tenure;
import io.insidergraph.graph.TenureSettings;
import io.insidergraph.network.NetworkKind;
import io.insidergraph.network.NetworkRequest;
import io.insidergraph.network.NetworkService;
import io.insidergraph.network.ProjectedNetwork;
import io.micrometer.core.instrument.MeterRegistry;
import org.apache.hc.client5.http.classic.methods.HttpPost;
import org.apache.hc.client5.http.impl.classic.CloseableHttpClient;
import org.apache.hc.client5.http.impl.classic.HttpClients;
import org.apache.hc.core5.http.ContentType;
import org.apache.hc.core5.http.io.entity.ByteArrayEntity;
import org.apache.hc.core5.http.io.entity.EntityUtils;
import org.springframework.graphql.ExecutionGraphQlService;
import org.springframework.graphql.support.DefaultExecutionGraphQlRequest;
import tools.jackson.databind.json.JsonMapper;

/**
 * The board network at scale ({@code boardNetwork}, issue 14), in one run on one store:
 * <ol>
 * <li>the whole market's director network on a date with every metric and its communities, over HTTP GraphQL,
 * cold (not cached; after one other request has warmed the JVM): the time, the heap (its peak used, sampled every 50 ms with garbage included, and its peak live, the most any
 * collection meanwhile left, from GC notifications) and how the time splits into the steps of
 * {@code insidergraph.network.steps} (the projection's read, each metric, Leiden, the names' read; the rest is GraphQL
 * and JSON); then the same request again, answered from the cache, over HTTP, in-process GraphQL and the service
 * alone, and the heap the cached answer holds;</li>
 * <li>networks of at most 500 companies ({@code limit: 500} on the whole market, each request on a date of its own in
 * the five years to asOf, so that every one is computed, none cached), over HTTP and in-process GraphQL interleaved,
 * p50 and p99, with the mean time of each step, which splits the cost into the read, the computation and GraphQL over
 * HTTP.</li>
 * </ol>
 * The first argument is either a number of filings, for a store of {@link SyntheticFilings} that the run builds (or
 * reuses) in {@code /tmp/insidergraph-network-bench}, or the data folder of a store another run left (such as
 * DatasetIngestBench's), which the run opens and ingests nothing into. The synthetic store is the corpus repeated as
 * disjoint replicas with shifted CIKs, so its network is many copies of the corpus's small one (the data-set store's
 * is clusters of four issuers): the run prints the network's shape (companies, edges, components, the largest) to set
 * against the real market's. Usage: {@code ./mvnw -Pbench -DskipTests verify
 * -Dbench.main=io.insidergraph.bench.NetworkBench -Dbench.args="<filings or store folder> [asOf] [requests]
 * [app arguments]"}, e.g. {@code -Dbench.args="20000 2022-01-01 200"} or
 * {@code -Dbench.args="/tmp/insidergraph-1m-store 2024-06-30 200"}.
 */
public final class NetworkBench {

    private static final Path WORK = Path.of("/tmp/insidergraph-network-bench");
    private static final int SMALL = 500;
    /** The small networks' dates: the five years to asOf (a data-set store of 1,000,000 filings spans seven). */
    private static final int SPAN_DAYS = 1826;
    /**
     * The whole market must fit: no node limit, answer size, query cost or time limit of the app's defaults may cut
     * it. The largest limit the query cost allows (limit / 10 of at most 100,000) is far above any market's
     * companies; a network cut by it would say {@code truncated}.
     */
    private static final int WHOLE = 500_000;
    private static final List<String> UNBOUNDED = List.of("--insidergraph.network.max-nodes=" + WHOLE,
            "--insidergraph.limits.max-complexity=100000", "--insidergraph.limits.max-result-fields=100000000",
            "--insidergraph.query-timeout=600s", "--insidergraph.request-timeout=900s", "--insidergraph.limits.expensive-wait=900s",
            "--insidergraph.network.max-work=1000000000000");

    private static final String NODE_FIELDS = "id label kind degree weightedDegree betweenness closeness pageRank "
            + "eigenvector clustering coreNumber community";
    private static final String DOCUMENT = "query($asOf: Date, $graceDays: Int, $limit: Int) { "
            + "boardNetwork(role: DIRECTOR, asOf: $asOf, graceDays: $graceDays, limit: $limit) { truncated modularity "
            + "communities nodes { " + NODE_FIELDS + " } edges { id source target weight sharedInsiders { cik } } } }";

    public static void main(String[] args) throws Exception {
        var target = args.length > 0 ? args[0] : "100000";
        var asOf = LocalDate.parse(args.length > 1 ? args[1] : "2022-01-01");
        int requests = args.length > 2 ? Integer.parseInt(args[2]) : 200;
        var appArgs = new ArrayList<>(UNBOUNDED);
        appArgs.addAll(Arrays.asList(args).subList(Math.min(3, args.length), args.length));
        System.out.printf("load average at start: %.1f on %d cores; heap max %,d MB%n", load(),
                Runtime.getRuntime().availableProcessors(), Runtime.getRuntime().maxMemory() >> 20);
        try (var app = target.chars().allMatch(Character::isDigit)
                ? BenchGraph.start(Long.parseLong(target), WORK, appArgs)
                : BenchGraph.open(Path.of(target), appArgs);
                var heap = new HeapSampler(); var live = new LiveHeap()) {
            var context = app.context();
            var bench = new NetworkBench(URI.create("http://127.0.0.1:" + app.port() + "/graphql"),
                    context.getBean(ExecutionGraphQlService.class), context.getBean(NetworkService.class),
                    context.getBean(MeterRegistry.class), heap, live, context.getBean(TenureSettings.class).graceDays());
            bench.wholeMarket(asOf);
            bench.smallNetworks(asOf, requests);
            System.out.printf("load average at the end: %.1f%n", load());
        }
    }

    private final URI endpoint;
    private final ExecutionGraphQlService graphQl;
    private final NetworkService networks;
    private final MeterRegistry meters;
    private final HeapSampler heap;
    private final LiveHeap live;
    private final int graceDays;
    private final JsonMapper json = JsonMapper.builder().build();
    private final CloseableHttpClient http = HttpClients.createMinimal();

    private NetworkBench(URI endpoint, ExecutionGraphQlService graphQl, NetworkService networks, MeterRegistry meters,
            HeapSampler heap, LiveHeap live, int graceDays) {
        this.live = live;
        this.graceDays = graceDays;
        this.endpoint = endpoint;
        this.graphQl = graphQl;
        this.networks = networks;
        this.meters = meters;
        this.heap = heap;
    }

    private void wholeMarket(LocalDate asOf) throws Exception {
        int limit = WHOLE;
        int grace = graceDays;
        var variables = variables(asOf, grace, limit);
        // the first request of the JVM loads and compiles GraphQL, JSON and the metrics' code: a year earlier's
        // network takes that, so that the whole market's cold time is its computation, not the JVM's warm-up
        long warming = System.nanoTime();
        http(variables(asOf.minusYears(1), grace, SMALL));
        System.out.printf("%nfirst request after start (directors on %s, limit %d, warms the JVM): %,.0f ms%n",
                asOf.minusYears(1), SMALL, (System.nanoTime() - warming) / 1e6);
        collect();
        long liveBefore = used();
        heap.reset();
        live.reset();
        var steps = steps();
        long started = System.nanoTime();
        var answer = http(variables);
        long cold = System.nanoTime() - started;
        long peak = heap.peakBytes();
        long peakLive = live.peakBytes();
        var spent = since(steps);

        var network = networks.network(new NetworkRequest(NetworkKind.BOARD, Role.DIRECTOR, Tenure.on(asOf, grace), 1,
                limit));
        System.out.printf("whole market, directors on %s (graceDays %d): %s%n", asOf, grace, shape(network));
        System.out.printf("  cold over HTTP: %,.0f ms, answer %,d KB; heap: peak used %,d MB (sampled every 50 ms, "
                + "garbage included), peak live %,d MB (the most left after any collection meanwhile), %,d MB live "
                + "before%n", cold / 1e6, answer.length() >> 10, peak >> 20, peakLive >> 20, liveBefore >> 20);
        long inSteps = spent.values().stream().mapToLong(Long::longValue).sum();
        var split = new StringBuilder();
        spent.forEach((step, nanos) -> split.append(String.format("%s %,.0f, ", step, nanos / 1e6)));
        System.out.printf("  steps, ms: %sGraphQL, JSON and HTTP %,.0f%n", split, (cold - inSteps) / 1e6);

        var cachedHttp = new long[5];
        var cachedInProcess = new long[5];
        var cachedService = new long[5];
        var request = new NetworkRequest(NetworkKind.BOARD, Role.DIRECTOR, Tenure.on(asOf, grace), 1, limit);
        for (int i = 0; i < 5; i++) {
            long a = System.nanoTime();
            http(variables);
            long b = System.nanoTime();
            inProcess(variables);
            long c = System.nanoTime();
            networks.network(request);
            long d = System.nanoTime();
            cachedHttp[i] = b - a;
            cachedInProcess[i] = c - b;
            cachedService[i] = d - c;
        }
        collect();
        System.out.printf("  again (cached), median of 5, ms: over HTTP %,.1f, in-process GraphQL %,.1f, the service "
                + "alone %,.2f; the cache holds %,d MB of heap%n", median(cachedHttp), median(cachedInProcess),
                median(cachedService), Math.max(0, used() - liveBefore) >> 20);
    }

    private void smallNetworks(LocalDate asOf, int requests) throws Exception {
        int grace = graceDays;
        var random = new Random(42);
        var httpTimes = new long[requests];
        var inProcessTimes = new long[requests];
        var nodes = new int[2 * requests];
        var steps = steps();
        int warmup = Math.max(10, requests / 10);
        // a date of its own for every request on either side, so each is computed, never answered from the cache
        var dates = new ArrayList<LocalDate>();
        var taken = new HashSet<LocalDate>();
        taken.add(asOf);
        while (dates.size() < 2 * (requests + warmup)) {
            var date = asOf.minusDays(random.nextInt(SPAN_DAYS));
            if (taken.add(date)) {
                dates.add(date);
            }
        }
        for (int i = -warmup; i < requests; i++) {
            var first = variables(dates.get(2 * (i + warmup)), grace, SMALL);
            var second = variables(dates.get(2 * (i + warmup) + 1), grace, SMALL);
            boolean httpFirst = Math.floorMod(i, 2) == 0;
            long a = System.nanoTime();
            var one = httpFirst ? http(first) : inProcess(first);
            long b = System.nanoTime();
            var two = httpFirst ? inProcess(second) : http(second);
            long c = System.nanoTime();
            if (i == -1) {
                steps = steps();
            }
            if (i >= 0) {
                httpTimes[i] = httpFirst ? b - a : c - b;
                inProcessTimes[i] = httpFirst ? c - b : b - a;
                nodes[2 * i] = count(one);
                nodes[2 * i + 1] = count(two);
            }
        }
        var spent = since(steps);
        Arrays.sort(httpTimes);
        Arrays.sort(inProcessTimes);
        Arrays.sort(nodes);
        System.out.println();
        System.out.printf("networks of at most %d companies (limit %d, directors on %,d dates of the five years to %s, "
                + "each computed): companies p50 %d, max %d%n", SMALL, SMALL, 2 * requests, asOf,
                nodes[nodes.length / 2], nodes[nodes.length - 1]);
        System.out.printf("  over HTTP GraphQL:    p50 %,8.1f ms, p99 %,8.1f ms (%d requests)%n",
                percentile(httpTimes, 0.50), percentile(httpTimes, 0.99), requests);
        System.out.printf("  in-process GraphQL:   p50 %,8.1f ms, p99 %,8.1f ms (%d requests)%n",
                percentile(inProcessTimes, 0.50), percentile(inProcessTimes, 0.99), requests);
        var split = new StringBuilder();
        spent.forEach((step, nanos) -> split.append(String.format("%s %.1f, ", step, nanos / 1e6 / (2 * requests))));
        System.out.printf("  mean per request by step, ms: %s%n", split.substring(0, Math.max(0, split.length() - 2)));
    }

    /** Nodes, edges, components and the largest, degrees: the shape to set against the real market's. */
    private static String shape(ProjectedNetwork network) {
        var parent = new HashMap<String, String>();
        network.nodes().forEach(node -> parent.put(node.id(), node.id()));
        for (var edge : network.edges()) {
            parent.put(root(parent, edge.source()), root(parent, edge.target()));
        }
        var sizes = new TreeMap<String, Integer>();
        network.nodes().forEach(node -> sizes.merge(root(parent, node.id()), 1, Integer::sum));
        int largest = sizes.values().stream().mapToInt(Integer::intValue).max().orElse(0);
        double meanDegree = network.nodes().isEmpty() ? 0 : 2.0 * network.edges().size() / network.nodes().size();
        return String.format("%,d companies, %,d edges, %,d components, the largest %,d companies (%.1f%%), mean "
                + "degree %.2f, %,d communities, modularity %.4f%s", network.nodes().size(), network.edges().size(),
                sizes.size(), largest, network.nodes().isEmpty() ? 0 : 100.0 * largest / network.nodes().size(),
                meanDegree, network.communities(), network.modularity(), network.truncated() ? ", truncated" : "");
    }

    private static String root(Map<String, String> parent, String node) {
        var at = node;
        while (!parent.get(at).equals(at)) {
            parent.put(at, parent.get(parent.get(at)));
            at = parent.get(at);
        }
        return at;
    }

    private Map<String, Object> variables(LocalDate asOf, int graceDays, int limit) {
        return Map.of("asOf", asOf.toString(), "graceDays", graceDays, "limit", limit);
    }

    private String http(Map<String, Object> variables) throws Exception {
        var request = new HttpPost(endpoint);
        request.setEntity(new ByteArrayEntity(json.writeValueAsBytes(Map.of("query", DOCUMENT, "variables",
                variables)), ContentType.APPLICATION_JSON));
        var body = http.execute(request, answer -> {
            var text = EntityUtils.toString(answer.getEntity(), StandardCharsets.UTF_8);
            if (answer.getCode() != 200) {
                throw new IllegalStateException("HTTP " + answer.getCode() + ": " + text);
            }
            return text;
        });
        if (body.startsWith("{\"errors\"") || body.contains("\"errors\":[{")) {
            throw new IllegalStateException("GraphQL request failed: " + body.substring(0, Math.min(2000,
                    body.length())));
        }
        return body;
    }

    private Object inProcess(Map<String, Object> variables) {
        var request = new DefaultExecutionGraphQlRequest(DOCUMENT, null, variables, null,
                "bench-" + System.nanoTime(), null);
        var response = graphQl.execute(request).block();
        if (response == null || !response.getErrors().isEmpty()) {
            throw new IllegalStateException("GraphQL execution failed: " + (response == null ? null
                    : response.getErrors()));
        }
        return response.getData();
    }

    /** How many nodes an answer (HTTP's JSON text or in-process data) holds. */
    @SuppressWarnings("unchecked")
    private int count(Object answer) {
        if (answer instanceof String text) {
            return json.readTree(text).path("data").path("boardNetwork").path("nodes").size();
        }
        var network = (Map<String, Object>) ((Map<String, Object>) answer).get("boardNetwork");
        return ((List<Object>) network.get("nodes")).size();
    }

    /** The total time of each step so far, in nanoseconds. */
    private Map<String, Long> steps() {
        var totals = new LinkedHashMap<String, Long>();
        for (var step : List.of("read", "projection", "graph", "betweenness", "closeness", "pageRank", "eigenvector",
                "clustering", "coreNumber", "communities", "names")) {
            var timer = meters.find("insidergraph.network.steps").tag("step", step).timer();
            totals.put(step, timer == null ? 0L : (long) timer.totalTime(TimeUnit.NANOSECONDS));
        }
        return totals;
    }

    private Map<String, Long> since(Map<String, Long> before) {
        var now = steps();
        now.replaceAll((step, nanos) -> nanos - before.get(step));
        return now;
    }

    private static void collect() throws InterruptedException {
        System.gc();
        Thread.sleep(200);
        System.gc();
    }

    private static long used() {
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }

    private static double load() {
        return ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
    }

    private static double median(long[] times) {
        var sorted = times.clone();
        Arrays.sort(sorted);
        return sorted[sorted.length / 2] / 1e6;
    }

    private static double percentile(long[] sorted, double quantile) {
        return sorted[Math.min(sorted.length - 1, (int) Math.ceil(quantile * sorted.length) - 1)] / 1e6;
    }
}
