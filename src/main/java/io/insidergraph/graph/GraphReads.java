package io.insidergraph.graph;

import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.function.Supplier;

import io.micrometer.context.ContextRegistry;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import org.jspecify.annotations.Nullable;
import org.neo4j.driver.AccessMode;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Result;
import org.neo4j.driver.SessionConfig;
import org.neo4j.driver.Transaction;
import org.neo4j.driver.TransactionConfig;
import org.neo4j.driver.exceptions.Neo4jException;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Runs read statements in read transactions (routed to readers on a cluster) with a time limit, so no query can
 * hold the database longer than {@code insidergraph.query-timeout}. Each statement run is counted in the
 * {@code insidergraph.graph.reads} meter, which shows (and lets tests assert) how many round trips a request costs.
 * <p>
 * At most {@code insidergraph.max-concurrent-reads} statements are in flight; more wait their turn, first come first
 * served, up to the query timeout. Where GraphQL runs a request's root fields at once (controllers on an executor,
 * as with virtual threads; on platform threads they run one after another), a request of a few hundred aliased
 * lookups would otherwise ask the driver for as many connections at once, and past its 100 connections and
 * 100 queued acquisitions it fails every further one, the health check's included.
 * <p>
 * Within that bound, the statements of one request ({@link RequestShare}, which the API puts in each request's
 * context) take at most {@code insidergraph.max-concurrent-reads-per-request} places in flight or in the queue;
 * its other statements wait behind its own. Without it one request of 1,300 aliased lookups (well within the cost
 * limit) put 1,300 statements in the queue at once, and a lookup of another client waited behind all of them: eight
 * such requests kept every other client's lookup waiting 10 s, until the query timeout failed some of them.
 */
@Component
public class GraphReads {

    /** The name of the counter of statements run. */
    public static final String READS_METER = "insidergraph.graph.reads";
    /** The name of the gauge of statements waiting for a place in flight (not those waiting behind their request's). */
    public static final String WAITING_METER = "insidergraph.graph.reads.waiting";
    /** The key under which a request's {@link RequestShare} travels with it, to every thread its fields run on. */
    public static final String REQUEST_SHARE = "insidergraph.graph.requestShare";

    private static final SessionConfig READ = SessionConfig.builder().withDefaultAccessMode(AccessMode.READ).build();
    private static final ThreadLocal<RequestShare> SHARE = new ThreadLocal<>();

    static {
        // context propagation (Spring for GraphQL's) restores it around each data fetcher and batch loader of the
        // request whose GraphQL context holds it under this key
        ContextRegistry.getInstance().registerThreadLocalAccessor(REQUEST_SHARE, SHARE);
    }

    private final Driver driver;
    private final TransactionConfig transactionConfig;
    private final Duration timeout;
    private final Counter reads;
    private final Semaphore inFlight;
    private final int maxInFlight;
    private final int perRequest;

    GraphReads(Driver driver, @Value("${insidergraph.query-timeout:10s}") Duration timeout,
            @Value("${insidergraph.max-concurrent-reads:16}") int maxInFlight,
            @Value("${insidergraph.max-concurrent-reads-per-request:4}") int perRequest, MeterRegistry meters) {
        if (perRequest < 1) {
            throw new IllegalArgumentException("insidergraph.max-concurrent-reads-per-request must be at least 1, was "
                    + perRequest);
        }
        this.driver = driver;
        this.maxInFlight = maxInFlight;
        this.perRequest = perRequest;
        this.inFlight = new Semaphore(maxInFlight, true);
        this.timeout = timeout;
        this.transactionConfig = TransactionConfig.builder().withTimeout(timeout).build();
        this.reads = Counter.builder(READS_METER).description("Read statements run against Neo4j").register(meters);
        Gauge.builder(WAITING_METER, inFlight, Semaphore::getQueueLength)
                .description("Read statements waiting for one of the places in flight").register(meters);
    }

    /** A new share for one request: its statements take at most {@code max-concurrent-reads-per-request} places. */
    public RequestShare newRequestShare() {
        return new RequestShare(new Semaphore(perRequest, true));
    }

    /** Runs one statement; parameters may hold nulls (a statement tests {@code $x IS NULL} for "no filter"). */
    public <T> T read(String statement, Map<String, ? extends @Nullable Object> parameters, Function<Result, T> mapper) {
        reads.increment();
        var copy = new HashMap<String, Object>(parameters);
        var share = SHARE.get();
        if (share != null) {
            waitForATurn(share.places, () -> "The request is too busy: " + perRequest + " of its reads are running, "
                    + "the most one request may run (insidergraph.max-concurrent-reads-per-request), and none "
                    + "finished within the query timeout of " + timeout.toMillis() + " ms; ask for fewer fields");
        }
        try {
            waitForATurn(inFlight, () -> "The database is busy: " + maxInFlight + " reads are running, the most "
                    + "there may be (insidergraph.max-concurrent-reads), and none finished within the query timeout of "
                    + timeout.toMillis() + " ms; try again shortly");
            try (var session = driver.session(READ)) {
                return session.executeRead(tx -> mapper.apply(tx.run(statement, copy)), transactionConfig);
            }
            catch (Neo4jException ex) {
                throw new GraphReadException(ex);
            }
            finally {
                inFlight.release();
            }
        }
        finally {
            if (share != null) {
                share.places.release();
            }
        }
    }

    private void waitForATurn(Semaphore places, Supplier<String> refusal) {
        boolean turn;
        try {
            turn = places.tryAcquire(timeout.toNanos(), TimeUnit.NANOSECONDS);
        }
        catch (InterruptedException ex) {
            Thread.currentThread().interrupt();
            turn = false;
        }
        if (!turn) {
            throw new ReadsBusyException(refusal.get());
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
        catch (Neo4jException ex) {
            throw new GraphReadException(ex);
        }
    }

    /** The longest time one read may take. */
    public Duration timeout() {
        return timeout;
    }

    /** The places one request's statements may take at once. */
    public static final class RequestShare {

        private final Semaphore places;

        private RequestShare(Semaphore places) {
            this.places = places;
        }
    }
}
