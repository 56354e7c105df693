package io.insidergraph.graph;

import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import org.jspecify.annotations.Nullable;
import org.neo4j.driver.AccessMode;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Result;
import org.neo4j.driver.SessionConfig;
import org.neo4j.driver.Transaction;
import org.neo4j.driver.TransactionConfig;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Runs read statements in read transactions (routed to readers on a cluster) with a time limit, so no query can
 * hold the database longer than {@code insidergraph.query-timeout}. Each statement run is counted in the
 * {@code insidergraph.graph.reads} meter, which shows (and lets tests assert) how many round trips a request costs.
 * <p>
 * At most {@code insidergraph.max-concurrent-reads} statements are in flight; more wait their turn, first come first
 * served, up to the query timeout. GraphQL runs a request's root fields at once, so a request of a few hundred
 * aliased lookups would otherwise ask the driver for as many connections at once, and past its 100 connections and
 * 100 queued acquisitions it fails every further one, the health check's included.
 */
@Component
public class GraphReads {

    /** The name of the counter of statements run. */
    public static final String READS_METER = "insidergraph.graph.reads";

    private static final SessionConfig READ = SessionConfig.builder().withDefaultAccessMode(AccessMode.READ).build();

    private final Driver driver;
    private final TransactionConfig transactionConfig;
    private final Duration timeout;
    private final Counter reads;
    private final Semaphore inFlight;
    private final int maxInFlight;

    GraphReads(Driver driver, @Value("${insidergraph.query-timeout:10s}") Duration timeout,
            @Value("${insidergraph.max-concurrent-reads:16}") int maxInFlight, MeterRegistry meters) {
        this.driver = driver;
        this.maxInFlight = maxInFlight;
        this.inFlight = new Semaphore(maxInFlight, true);
        this.timeout = timeout;
        this.transactionConfig = TransactionConfig.builder().withTimeout(timeout).build();
        this.reads = Counter.builder(READS_METER).description("Read statements run against Neo4j").register(meters);
    }

    /** Runs one statement; parameters may hold nulls (a statement tests {@code $x IS NULL} for "no filter"). */
    public <T> T read(String statement, Map<String, ? extends @Nullable Object> parameters, Function<Result, T> mapper) {
        reads.increment();
        var copy = new HashMap<String, Object>(parameters);
        waitForATurn();
        try (var session = driver.session(READ)) {
            return session.executeRead(tx -> mapper.apply(tx.run(statement, copy)), transactionConfig);
        }
        finally {
            inFlight.release();
        }
    }

    private void waitForATurn() {
        boolean turn;
        try {
            turn = inFlight.tryAcquire(timeout.toNanos(), TimeUnit.NANOSECONDS);
        }
        catch (InterruptedException ex) {
            Thread.currentThread().interrupt();
            turn = false;
        }
        if (!turn) {
            throw new ReadsBusyException("The database is busy: " + maxInFlight + " reads are running, the most "
                    + "there may be (insidergraph.max-concurrent-reads), and none finished within the query timeout of "
                    + timeout.toMillis() + " ms; try again shortly");
        }
    }

    /**
     * Runs {@code work} in one read transaction that is never retried, with its own time limit (null: none), for a
     * consumer that writes records out as they arrive: a retry, as {@link #read} may do, would write them twice.
     */
    <T> T once(@Nullable Duration limit, Function<Transaction, T> work) {
        reads.increment();
        var config = limit == null ? TransactionConfig.empty() : TransactionConfig.builder().withTimeout(limit).build();
        try (var session = driver.session(READ); var tx = session.beginTransaction(config)) {
            var answer = work.apply(tx);
            tx.commit();
            return answer;
        }
    }

    /** The longest time one read may take. */
    public Duration timeout() {
        return timeout;
    }
}
