package io.insidergraph.bench;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.ToIntFunction;

import io.insidergraph.graph.GraphReads;
import io.insidergraph.neo4j.CypherResources;
import io.insidergraph.neo4j.EmbeddedNeo4j;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import org.apache.hc.client5.http.classic.methods.HttpPost;
import org.apache.hc.client5.http.impl.classic.CloseableHttpClient;
import org.apache.hc.client5.http.impl.classic.HttpClients;
import org.apache.hc.core5.http.ContentType;
import org.apache.hc.core5.http.io.entity.ByteArrayEntity;
import org.apache.hc.core5.http.io.entity.EntityUtils;
import org.jspecify.annotations.Nullable;
import org.neo4j.driver.AccessMode;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Record;
import org.neo4j.driver.SessionConfig;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.graphql.ExecutionGraphQlService;
import org.springframework.graphql.support.DefaultExecutionGraphQlRequest;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.json.JsonMapper;

/**
 * Read latency of the API at scale, in one run: N filings generated from the corpus ({@link SyntheticFilings}, the
 * generator of the ingest benchmark: each copy of the corpus is a disjoint replica with CIKs shifted by 3,000,000)
 * are ingested with the fastest path of the app ({@code IngestService}, the embedded writer), then three reads are
 * timed, each over HTTP GraphQL and, interleaved with it, as the same Cypher statements run directly through the
 * driver in read transactions (checked before timing: the API's statement meter must move by as many statements as
 * the direct side runs):
 * <ol>
 * <li>director interlocks of a company;</li>
 * <li>the 2-hop neighbourhood of a person (one statement per hop, then the graph statement);</li>
 * <li>a 50-row transactions page of an issuer with each row's issuer and owners, and totalCount.</li>
 * </ol>
 * Floors come first: {@code { __typename }} over HTTP (what HTTP and GraphQL cost with no read), and
 * {@code RETURN 1} through the driver in a read transaction (what Bolt and a read transaction cost with no work in
 * the statement), as an auto-commit query (one Bolt round trip fewer) and, on the embedded database, through its Java
 * API (the transaction without Bolt). Beside the driver's read transaction, the same {@code RETURN 1} and the
 * interlocks statement run through Spring Data Neo4j's {@code Neo4jClient} in a Spring-managed read-only transaction,
 * interleaved with the driver's, which is what moving {@code GraphReads} onto Spring Data Neo4j would cost.
 * Each request picks a random copy of the corpus, so the reads spread over the whole store instead of one cached
 * corner. A third column runs the same document in the app's JVM without HTTP ({@code ExecutionGraphQlService}),
 * which splits the API's cost into statements, GraphQL execution and HTTP. The three are rotated per request.
 * <p>
 * The HTTP client is Apache HttpClient's classic (blocking) client on a kept-alive connection. The JDK's clients
 * were tried first and measured here to add 1-2 ms of their own to every request (against the same server, a
 * {@code { __typename }} took 1.7 ms with {@code HttpURLConnection} and 2.2-3.6 ms with {@code java.net.http}
 * against 0.3-0.4 ms with curl or a raw socket), which is the client's cost, not the API's. Usage: {@code ./mvnw -Pbench -DskipTests verify -Dbench.main=io.insidergraph.bench.GraphQlLatencyBench
 * -Dbench.args="102000 /tmp/insidergraph-latency 2000"} (filings, work folder, timed requests per read, then any
 * app arguments). A work
 * folder that already holds the database for that count is reused. Generated filings whose template has no
 * accession number of its own (named by content hash) repeat across copies and are stored once, so N inputs store
 * slightly fewer filings: the run prints how many.
 */
public final class GraphQlLatencyBench {

    private static final List<String> ALL_ROLES = List.of("DIRECTOR_OF", "OFFICER_OF", "TEN_PERCENT_OWNER_OF",
            "OTHER_INSIDER_OF");

    private static final String INTERLOCKS = CypherResources.load("queries/interlocks.cypher");
    private static final String HOP = CypherResources.load("queries/neighborhood-hop.cypher");
    private static final String GRAPH = CypherResources.load("queries/neighborhood-graph.cypher");
    private static final String PAGE = CypherResources.load("queries/transactions-by-issuer.cypher");
    private static final String COUNT = CypherResources.load("queries/transactions-by-issuer-count.cypher");
    private static final String ENTITIES = CypherResources.load("queries/entities.cypher");
    private static final String OWNERS = CypherResources.load("queries/filing-owners.cypher");

    private static final SessionConfig READ = SessionConfig.builder().withDefaultAccessMode(AccessMode.READ).build();

    public static void main(String[] args) throws Exception {
        long count = args.length > 0 ? Long.parseLong(args[0]) : 100_000;
        var work = Path.of(args.length > 1 ? args[1] : "/tmp/insidergraph-latency");
        int requests = args.length > 2 ? Integer.parseInt(args[2]) : 2000;
        try (var app = BenchGraph.start(count, work, Arrays.asList(args).subList(Math.min(3, args.length),
                args.length))) {
            // further arguments go to the app, e.g. --spring.threads.virtual.enabled=false to compare settings
            var context = app.context();
            var driver = context.getBean(Driver.class);
            var apiReads = context.getBean(MeterRegistry.class).get(GraphReads.READS_METER).counter();
            var bench = new GraphQlLatencyBench(driver, URI.create("http://127.0.0.1:" + app.port() + "/graphql"),
                    app.copies(), apiReads, context.getBean(ExecutionGraphQlService.class),
                    context.getBeanProvider(EmbeddedNeo4j.class).getIfAvailable(), context.getBean(Neo4jClient.class),
                    context.getBean(PlatformTransactionManager.class));
            bench.run(requests);
        }
    }

    private final Driver driver;
    private final Neo4jClient neo4jClient;
    private final TransactionTemplate readOnly;
    private final URI endpoint;
    private final long copies;
    private final JsonMapper json = JsonMapper.builder().build();
    private final CloseableHttpClient http = HttpClients.createMinimal();
    private final Random random = new Random(42);
    private final Counter apiReads;
    private final ExecutionGraphQlService graphQlService;
    private final @Nullable EmbeddedNeo4j embedded;
    private long directReads;

    private GraphQlLatencyBench(Driver driver, URI endpoint, long copies, Counter apiReads,
            ExecutionGraphQlService graphQlService, @Nullable EmbeddedNeo4j embedded, Neo4jClient neo4jClient,
            PlatformTransactionManager transactions) {
        this.driver = driver;
        this.neo4jClient = neo4jClient;
        this.readOnly = new TransactionTemplate(transactions);
        readOnly.setReadOnly(true);
        readOnly.setTimeout(10);
        this.embedded = embedded;
        this.graphQlService = graphQlService;
        this.endpoint = endpoint;
        this.copies = copies;
        this.apiReads = apiReads;
    }

    /** The read targets, chosen in copy 0 of the corpus: the busiest interlocked company, person and issuer. */
    private void run(int requests) throws Exception {
        var interlocked = single("""
                MATCH (c:Company)<-[:DIRECTOR_OF]-(:Entity)-[:DIRECTOR_OF]->(o:Company)
                WHERE toInteger(c.cik) < 3000000 AND c <> o
                RETURN c.cik AS cik, count(DISTINCT o) AS n ORDER BY n DESC, cik LIMIT 1""");
        var connected = single("""
                MATCH (p:Person)-[:DIRECTOR_OF|OFFICER_OF|TEN_PERCENT_OWNER_OF|OTHER_INSIDER_OF]->(c:Company)
                WHERE toInteger(p.cik) < 3000000
                RETURN p.cik AS cik, count(DISTINCT c) AS n ORDER BY n DESC, cik LIMIT 1""");
        var issuer = single("""
                MATCH (c:Company)<-[:ISSUER]-(:Filing)-[:REPORTS]->(t:Transaction)
                WHERE toInteger(c.cik) < 3000000
                RETURN c.cik AS cik, count(t) AS n ORDER BY n DESC, cik LIMIT 1""");
        System.out.printf("targets (copy 0): interlocks of %s (%d companies), neighbourhood of %s (%d companies), "
                + "transactions of %s (%d rows)%n", interlocked.get("cik").asString(), interlocked.get("n").asLong(),
                connected.get("cik").asString(), connected.get("n").asLong(), issuer.get("cik").asString(),
                issuer.get("n").asLong());

        var results = new ArrayList<String>();
        // the floor: what HTTP and GraphQL cost for a field that reads nothing
        results.add(measure("{ __typename } (no read)", requests, copy -> new Read("{ __typename }", Map.of(),
                cik -> 0)));
        results.addAll(floors(requests));
        results.add(measure("interlocks", requests, copy -> new Read(
                "query($cik: ID!) { interlocks(cik: $cik, role: DIRECTOR) { company { cik name ticker } "
                        + "sharedInsiders { cik name } } }",
                Map.of("cik", shifted(interlocked.get("cik").asString(), copy)),
                cik -> {
                    var params = new HashMap<String, Object>();
                    params.put("cik", cik);
                    params.put("type", "DIRECTOR_OF");
                    params.put("asOf", null);
                    return read(INTERLOCKS, params).size();
                })));
        results.add(measure("neighbourhood (2 hops)", requests, copy -> new Read(
                "query($cik: ID!) { neighborhood(cik: $cik, hops: 2, limit: 500) { truncated "
                        + "nodes { id cik label kind hops } edges { id source target role since until } } }",
                Map.of("cik", shifted(connected.get("cik").asString(), copy)),
                this::neighbourhoodDirect)));
        results.add(measure("transactions page (50 rows)", requests, copy -> new Read(
                "query($cik: ID!) { transactions(filter: { issuerCik: $cik }, first: 50) { totalCount "
                        + "pageInfo { hasNextPage endCursor } edges { cursor node { id transactionDate code shares "
                        + "pricePerShare value issuer { cik name } owners { cik name } } } } }",
                Map.of("cik", shifted(issuer.get("cik").asString(), copy)),
                this::transactionsDirect)));
        System.out.println();
        System.out.println("read                         | GraphQL p50 / p99 ms | direct Cypher p50 / p99 ms | "
                + "ratio p50 / p99 | in-process GraphQL p50 / p99 ms | statements");
        results.forEach(System.out::println);
    }

    /** One timed read: a GraphQL document with variables, and the same statements run through the driver. */
    private record Read(String document, Map<String, Object> variables, ToIntFunction<String> direct) {
    }

    private interface ReadFactory {
        Read forCopy(long copy);
    }

    private String measure(String name, int requests, ReadFactory reads) throws Exception {
        int statements = sameStatements(name, reads.forCopy(0));
        int warmup = Math.max(1000, requests);
        var graphQl = new long[requests];
        var inProcess = new long[requests];
        var direct = new long[requests];
        for (int i = -warmup; i < requests; i++) {
            long copy = (long) (random.nextDouble() * copies);
            var read = reads.forCopy(copy);
            var cik = (String) read.variables().get("cik");
            // rotate which goes first, so none always meets a cache another just warmed
            long g = 0;
            long p = 0;
            long d = 0;
            for (int step = 0; step < 3; step++) {
                switch (Math.floorMod(i + step, 3)) {
                    case 0 -> g = timeGraphQl(read);
                    case 1 -> p = timeInProcess(read);
                    default -> d = timeDirect(read, cik);
                }
            }
            if (i >= 0) {
                graphQl[i] = g;
                inProcess[i] = p;
                direct[i] = d;
            }
        }
        Arrays.sort(graphQl);
        Arrays.sort(inProcess);
        Arrays.sort(direct);
        double g50 = millis(graphQl, 0.50);
        double g99 = millis(graphQl, 0.99);
        double d50 = millis(direct, 0.50);
        double d99 = millis(direct, 0.99);
        // a read with no statements (the floor) has nothing to compare with
        var ratio = statements == 0 ? "    –     " : String.format("%.2f / %.2f", g50 / d50, g99 / d99);
        return String.format("%-28s | %8.2f / %8.2f    | %8.2f / %8.2f          | %s | %8.2f / %8.2f | %d",
                name, g50, g99, d50, d99, ratio, millis(inProcess, 0.50), millis(inProcess, 0.99), statements);
    }

    /**
     * The other floors: what one read costs when the statement does no work ({@code RETURN 1}). Through the driver
     * in a read transaction it is the part of every direct and every API statement that is Bolt and the transaction;
     * as an auto-commit query it is one Bolt round trip fewer (no COMMIT); on the embedded database's Java API it is
     * the transaction alone, without Bolt.
     */
    private List<String> floors(int requests) {
        var rows = new ArrayList<String>();
        rows.add(floor("RETURN 1 (driver, read tx)", requests, () -> read("RETURN 1", Map.of())));
        rows.add(floor("RETURN 1 (auto-commit)", requests, () -> {
            try (var session = driver.session(READ)) {
                session.run("RETURN 1").list();
            }
        }));
        rows.addAll(springDataFloors(requests));
        if (embedded != null) {
            rows.add(floor("RETURN 1 (embedded, no Bolt)", requests, () -> {
                try (var tx = embedded.database().beginTx()) {
                    tx.execute("RETURN 1").stream().count();
                    tx.commit();
                }
            }));
        }
        return rows;
    }

    /**
     * Spring Data Neo4j's way to the same read: {@code Neo4jClient} inside a Spring-managed read-only transaction
     * (Boot's {@code Neo4jTransactionManager}, which opens a READ session, so a cluster routes it to a reader, and
     * applies the transaction's timeout), against the driver's {@code executeRead} as {@code GraphReads} runs it,
     * one after the other in each iteration so that both see the same load.
     */
    private List<String> springDataFloors(int requests) {
        var params = new HashMap<String, Object>();
        params.put("cik", "0001861449");
        params.put("type", "DIRECTOR_OF");
        params.put("asOf", null);
        var driverFloor = new long[requests];
        var clientFloor = new long[requests];
        var driverInterlocks = new long[requests];
        var clientInterlocks = new long[requests];
        for (int i = -Math.max(1000, requests); i < requests; i++) {
            long a = System.nanoTime();
            read("RETURN 1", Map.of());
            long b = System.nanoTime();
            readOnly.execute(status -> neo4jClient.query("RETURN 1").fetch().all());
            long c = System.nanoTime();
            read(INTERLOCKS, params);
            long d = System.nanoTime();
            readOnly.execute(status -> neo4jClient.query(INTERLOCKS).bindAll(params).fetch().all());
            long e = System.nanoTime();
            if (i >= 0) {
                driverFloor[i] = b - a;
                clientFloor[i] = c - b;
                driverInterlocks[i] = d - c;
                clientInterlocks[i] = e - d;
            }
        }
        return List.of(row("RETURN 1 (driver, interleaved)", driverFloor),
                row("RETURN 1 (Neo4jClient, Spring read-only tx)", clientFloor),
                row("interlocks (driver, interleaved)", driverInterlocks),
                row("interlocks (Neo4jClient, Spring read-only tx)", clientInterlocks));
    }

    private static String row(String name, long[] times) {
        Arrays.sort(times);
        return String.format("%-28s |        – /        –    | %8.2f / %8.2f          |     –     |        – /        – | 1",
                name, millis(times, 0.50), millis(times, 0.99));
    }

    private static String floor(String name, int requests, Runnable read) {
        var direct = new long[requests];
        for (int i = -Math.max(1000, requests); i < requests; i++) {
            long started = System.nanoTime();
            read.run();
            if (i >= 0) {
                direct[i] = System.nanoTime() - started;
            }
        }
        return row(name, direct);
    }

    /** The same document executed in the app's JVM without HTTP: what GraphQL itself costs over the statements. */
    private long timeInProcess(Read read) {
        var request = new DefaultExecutionGraphQlRequest(read.document(), null, read.variables(), null,
                "bench-" + System.nanoTime(), null);
        long started = System.nanoTime();
        var response = graphQlService.execute(request).block();
        long elapsed = System.nanoTime() - started;
        if (response == null || !response.getErrors().isEmpty()) {
            throw new IllegalStateException("GraphQL execution failed: " + (response == null ? null
                    : response.getErrors()));
        }
        return elapsed;
    }

    /**
     * The comparison is fair only if the direct side runs as many statements as the API does for the request (the
     * API's are counted by its {@code insidergraph.graph.reads} meter): how many, or an error when they differ.
     */
    private int sameStatements(String name, Read read) throws Exception {
        long api = (long) apiReads.count();
        timeGraphQl(read);
        api = (long) apiReads.count() - api;
        long direct = directReads;
        timeDirect(read, (String) read.variables().get("cik"));
        direct = directReads - direct;
        if (api != direct) {
            throw new IllegalStateException(name + ": the API ran " + api + " statements, the direct side " + direct);
        }
        return (int) api;
    }

    private long timeGraphQl(Read read) throws Exception {
        var request = new HttpPost(endpoint);
        request.setEntity(new ByteArrayEntity(json.writeValueAsBytes(Map.of("query", read.document(), "variables",
                read.variables())), ContentType.APPLICATION_JSON));
        long started = System.nanoTime();
        var response = http.execute(request, answer -> new Answer(answer.getCode(),
                EntityUtils.toString(answer.getEntity(), StandardCharsets.UTF_8)));
        long elapsed = System.nanoTime() - started;
        if (response.status() != 200 || response.body().contains("\"errors\"")) {
            throw new IllegalStateException("GraphQL request failed: " + response.body());
        }
        return elapsed;
    }

    private record Answer(int status, String body) {
    }

    private long timeDirect(Read read, String cik) {
        long started = System.nanoTime();
        int rows = read.direct().applyAsInt(cik);
        long elapsed = System.nanoTime() - started;
        if (rows < 0) {
            throw new IllegalStateException();
        }
        return elapsed;
    }

    private int neighbourhoodDirect(String cik) {
        var visited = new LinkedHashSet<String>();
        visited.add(cik);
        var frontier = List.of(cik);
        for (int hop = 1; hop <= 2 && !frontier.isEmpty(); hop++) {
            var params = new HashMap<String, Object>();
            params.put("frontier", frontier);
            params.put("types", ALL_ROLES);
            params.put("asOf", null);
            var next = read(HOP, params).stream().map(r -> r.get("cik").asString())
                    .filter(c -> !visited.contains(c)).distinct().sorted().toList();
            visited.addAll(next);
            frontier = next;
        }
        var params = new HashMap<String, Object>();
        params.put("ciks", List.copyOf(visited));
        params.put("types", ALL_ROLES);
        params.put("asOf", null);
        return read(GRAPH, params).size();
    }

    /** The page and count statements take a list of keys (one per connection field); the API sends one here. */
    private int transactionsDirect(String cik) {
        var filter = new HashMap<String, Object>();
        for (var key : List.of("ownerCik", "codes", "from", "to", "derivative", "minValue")) {
            filter.put(key, null);
        }
        filter.put("issuerCik", cik);
        filter.put("id", 0);
        var page = new HashMap<String, Object>(filter);
        page.put("byValue", false);
        page.put("afterKey", null);
        page.put("afterId", null);
        var rows = read(PAGE, Map.of("keys", List.of(page), "limit", 51)).getFirst().get("rows")
                .asList(row -> row.get("node").asNode());
        read(COUNT, Map.of("keys", List.of(filter)));
        var accessions = rows.stream().map(t -> t.get("accessionNumber").asString()).distinct().toList();
        var issuers = rows.stream().map(t -> t.get("issuerCik").asString()).distinct().toList();
        read(ENTITIES, Map.of("ciks", issuers));
        read(OWNERS, Map.of("accessions", accessions));
        return rows.size();
    }

    private List<Record> read(String statement, Map<String, Object> params) {
        directReads++;
        try (var session = driver.session(READ)) {
            return session.executeRead(tx -> tx.run(statement, params).list());
        }
    }

    private Record single(String statement) {
        try (var session = driver.session(READ)) {
            return session.executeRead(tx -> tx.run(statement).list()).getFirst();
        }
    }

    private static String shifted(String cik, long copy) {
        return String.format("%010d", Long.parseLong(cik) + copy * BenchGraph.CIK_OFFSET);
    }

    private static double millis(long[] sorted, double quantile) {
        return sorted[Math.min(sorted.length - 1, (int) Math.ceil(quantile * sorted.length) - 1)] / 1e6;
    }
}
