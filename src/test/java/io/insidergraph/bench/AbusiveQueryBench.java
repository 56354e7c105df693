package io.insidergraph.bench;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Pattern;

import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.classic.spi.ThrowableProxyUtil;
import ch.qos.logback.core.AppenderBase;
import org.apache.hc.client5.http.classic.methods.HttpGet;
import org.apache.hc.client5.http.classic.methods.HttpPost;
import org.apache.hc.client5.http.impl.classic.HttpClients;
import org.apache.hc.core5.http.ContentType;
import org.apache.hc.core5.http.io.entity.EntityUtils;
import org.apache.hc.core5.http.io.entity.StringEntity;
import org.neo4j.driver.Driver;
import org.slf4j.LoggerFactory;

/**
 * Issue 12's abusive request, over real HTTP: requests of (by default) 190 aliased {@code clusterBuys},
 * {@code neighborhood(hops: 3, limit: 2000)} and {@code shortestPath(maxHops: 8)} fields, sent without a key by
 * several clients at once for a while, as one cheap client (a company lookup, one after another) and a health poll
 * (every 100 ms) are timed, first alone, then during the attack. Prints the cheap client's and the health check's
 * latency and failures in both phases, what the attackers got back, and how much the app logged per attack
 * request. Usage: {@code ./mvnw -Pbench -DskipTests verify -Dbench.main=io.insidergraph.bench.AbusiveQueryBench
 * -Dbench.args="20000 /tmp/insidergraph-latency 8 30 190"} (filings, work folder as GraphQlLatencyBench's, attacking
 * clients, seconds of attack, aliased fields per request, then any app arguments; 30 fields pass the cost limit, so
 * the bound on concurrent expensive reads is what meets them).
 */
public final class AbusiveQueryBench {

    private static final Pattern STATUS = Pattern.compile("\"status\":\"(\\w+)\"");
    private static final Pattern MESSAGE = Pattern.compile("\"message\":\"([^\"]{0,200})");

    public static void main(String[] args) throws Exception {
        long count = args.length > 0 ? Long.parseLong(args[0]) : 20_000;
        var work = Path.of(args.length > 1 ? args[1] : "/tmp/insidergraph-latency");
        int attackers = args.length > 2 ? Integer.parseInt(args[2]) : 8;
        int seconds = args.length > 3 ? Integer.parseInt(args[3]) : 30;
        int aliases = args.length > 4 ? Integer.parseInt(args[4]) : 190;
        try (var app = BenchGraph.start(count, work, Arrays.asList(args).subList(Math.min(5, args.length),
                args.length))) {
            var driver = app.context().getBean(Driver.class);
            var base = "http://127.0.0.1:" + app.port();
            var attack = attackDocument(driver, aliases);
            var cheap = "{\"query\":\"{ company(cik: \\\"" + busiestCompany(driver) + "\\\") { cik name } }\"}";
            var logged = countLogging();

            System.out.printf("attack: %d clients, each request %,d bytes with %d fields; cheap: %s%n", attackers,
                    attack.length(), aliases, cheap);
            // warm up: the first run of each statement plans it
            new Phase("warm-up", base, cheap).run(3, () -> { });
            var alone = new Phase("alone", base, cheap);
            alone.run(5, () -> { });
            System.out.println(alone);

            var during = new Phase("during attack", base, cheap);
            var attackAnswers = new ConcurrentHashMap<String, AtomicLong>();
            var attackTimes = Collections.synchronizedList(new ArrayList<Long>());
            long logBefore = logged.bytes.get();
            long linesBefore = logged.lines.get();
            during.run(seconds, () -> {
                try (var client = HttpClients.createMinimal()) {
                    long until = System.nanoTime() + seconds * 1_000_000_000L;
                    while (System.nanoTime() < until) {
                        long started = System.nanoTime();
                        var post = new HttpPost(base + "/graphql");
                        post.setEntity(new StringEntity(attack, ContentType.APPLICATION_JSON));
                        var answer = client.execute(post, response -> response.getCode() + " "
                                + firstMessage(EntityUtils.toString(response.getEntity(), StandardCharsets.UTF_8)));
                        attackTimes.add((System.nanoTime() - started) / 1_000_000);
                        attackAnswers.computeIfAbsent(answer, a -> new AtomicLong()).incrementAndGet();
                    }
                }
                catch (Exception ex) {
                    attackAnswers.computeIfAbsent("client failed: " + ex, a -> new AtomicLong()).incrementAndGet();
                }
            }, attackers);
            System.out.println(during);
            long requests = attackTimes.size();
            var times = attackTimes.stream().mapToLong(Long::longValue).sorted().toArray();
            System.out.printf("attack requests: %,d, p50 %d ms, max %d ms; answers: %s%n", requests,
                    times.length == 0 ? 0 : times[times.length / 2], times.length == 0 ? 0 : times[times.length - 1],
                    attackAnswers);
            System.out.printf("logged during the attack: %,d lines, %,d bytes (%,d bytes per attack request)%n",
                    logged.lines.get() - linesBefore, logged.bytes.get() - logBefore,
                    requests == 0 ? 0 : (logged.bytes.get() - logBefore) / requests);
        }
    }

    /** Aliased fields (190 in the issue), a third of each kind, around the best-connected person of the graph. */
    private static String attackDocument(Driver driver, int aliases) {
        var hub = driver.executableQuery("""
                MATCH (p:Person)-[r]->(:Company) RETURN p.cik AS cik, count(r) AS n ORDER BY n DESC LIMIT 2""")
                .execute().records();
        var from = hub.get(0).get("cik").asString();
        var to = hub.get(1).get("cik").asString();
        var fields = new StringBuilder();
        for (int i = 0; i < aliases; i++) {
            fields.append(switch (i % 3) {
                case 0 -> " c" + i + ": clusterBuys(minInsiders: 1, windowDays: 366, first: 200) { value }";
                case 1 -> " n" + i + ": neighborhood(cik: \\\"" + from + "\\\", hops: 3, limit: 2000) { truncated }";
                default -> " p" + i + ": shortestPath(fromCik: \\\"" + from + "\\\", toCik: \\\"" + to
                        + "\\\", maxHops: 8) { length }";
            });
        }
        return "{\"query\":\"{" + fields + " }\"}";
    }

    private static String busiestCompany(Driver driver) {
        return driver.executableQuery("MATCH (c:Company)<-[:ISSUER]-(f:Filing) RETURN c.cik AS cik, count(f) AS n "
                + "ORDER BY n DESC LIMIT 1").execute().records().getFirst().get("cik").asString();
    }

    private static String firstMessage(String body) {
        var message = MESSAGE.matcher(body);
        return message.find() ? message.group(1) : "no error";
    }

    /** Counts what the app logs: lines, and bytes with their stack traces. */
    private static Counting countLogging() {
        var context = (LoggerContext) LoggerFactory.getILoggerFactory();
        var counting = new Counting();
        counting.setContext(context);
        counting.start();
        context.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME).addAppender(counting);
        return counting;
    }

    private static final class Counting extends AppenderBase<ILoggingEvent> {
        private final AtomicLong lines = new AtomicLong();
        private final AtomicLong bytes = new AtomicLong();

        @Override
        protected void append(ILoggingEvent event) {
            lines.incrementAndGet();
            long size = event.getFormattedMessage().length();
            if (event.getThrowableProxy() != null) {
                size += ThrowableProxyUtil.asString(event.getThrowableProxy()).length();
            }
            bytes.addAndGet(size);
        }
    }

    /** The cheap client's and the health poll's times and failures over one phase. */
    private static final class Phase {
        private final String name;
        private final String base;
        private final String cheap;
        private final List<Long> cheapTimes = Collections.synchronizedList(new ArrayList<>());
        private final List<Long> healthTimes = Collections.synchronizedList(new ArrayList<>());
        private final AtomicLong cheapFailures = new AtomicLong();
        private final Map<String, AtomicLong> healthAnswers = new ConcurrentHashMap<>();

        Phase(String name, String base, String cheap) {
            this.name = name;
            this.base = base;
            this.cheap = cheap;
        }

        void run(int seconds, Runnable load) throws InterruptedException {
            run(seconds, load, 0);
        }

        void run(int seconds, Runnable load, int loaders) throws InterruptedException {
            long until = System.nanoTime() + seconds * 1_000_000_000L;
            var threads = new ArrayList<Thread>();
            for (int i = 0; i < loaders; i++) {
                threads.add(Thread.ofPlatform().start(load));
            }
            threads.add(Thread.ofPlatform().start(() -> loop(until, 0, () -> {
                var post = new HttpPost(base + "/graphql");
                post.setEntity(new StringEntity(cheap, ContentType.APPLICATION_JSON));
                return post;
            }, cheapTimes, answer -> {
                if (!answer.startsWith("200 ") || answer.contains("\"errors\"")) {
                    cheapFailures.incrementAndGet();
                }
            })));
            threads.add(Thread.ofPlatform().start(() -> loop(until, 100, () -> new HttpGet(base + "/actuator/health"),
                    healthTimes, answer -> {
                        // the last status is the whole app's (components, when shown, come first)
                        var status = STATUS.matcher(answer);
                        String last = "?";
                        while (status.find()) {
                            last = status.group(1);
                        }
                        var key = answer.substring(0, 3) + " " + last;
                        healthAnswers.computeIfAbsent(key, k -> new AtomicLong()).incrementAndGet();
                    })));
            for (var thread : threads) {
                thread.join();
            }
        }

        private static void loop(long until, long pauseMillis,
                java.util.function.Supplier<org.apache.hc.core5.http.ClassicHttpRequest> request, List<Long> times,
                java.util.function.Consumer<String> check) {
            try (var client = HttpClients.createMinimal()) {
                while (System.nanoTime() < until) {
                    long started = System.nanoTime();
                    var answer = client.execute(request.get(), response -> response.getCode() + " "
                            + EntityUtils.toString(response.getEntity(), StandardCharsets.UTF_8));
                    times.add((System.nanoTime() - started) / 1_000);
                    check.accept(answer);
                    if (pauseMillis > 0) {
                        Thread.sleep(pauseMillis);
                    }
                }
            }
            catch (Exception ex) {
                throw new IllegalStateException(ex);
            }
        }

        @Override
        public String toString() {
            return String.format("%-14s cheap: %,d requests, p50 %.1f / p99 %.1f / max %.1f ms, %d failed | "
                    + "health: %,d polls, p50 %.1f / max %.1f ms, answers %s", name, cheapTimes.size(),
                    millis(cheapTimes, 0.5), millis(cheapTimes, 0.99), millis(cheapTimes, 1), cheapFailures.get(),
                    healthTimes.size(), millis(healthTimes, 0.5), millis(healthTimes, 1), healthAnswers);
        }

        private static double millis(List<Long> micros, double quantile) {
            var sorted = micros.stream().mapToLong(Long::longValue).sorted().toArray();
            if (sorted.length == 0) {
                return Double.NaN;
            }
            return sorted[(int) Math.min(sorted.length - 1, Math.floor(quantile * sorted.length))] / 1000.0;
        }
    }
}
