package io.insidergraph.api;

import java.time.Duration;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

/**
 * Bounds the expensive reads running at once, across all requests ({@code insidergraph.limits.max-concurrent-expensive}):
 * the network fields ({@code neighborhood}, {@code shortestPath}) and the screens ({@code clusterBuys},
 * {@code netBuying}), each of which can keep a core and a database connection busy for a second or more (a request
 * of 190 of them, eight at once, emptied the driver's connection pool). Past the bound a read waits, first come
 * first served, up to {@code expensive-wait}; past {@code max-queued-expensive} waiting it is refused at once. Either
 * way the refusal is an error that names the limit, and however many expensive reads arrive, lookups and the health
 * check find cores and connections free.
 */
@Component
class ExpensiveReads {

    private final Semaphore permits;
    private final AtomicInteger waiting = new AtomicInteger();
    private final int maxRunning;
    private final int maxQueued;
    private final Duration wait;

    @Autowired
    ExpensiveReads(Limits limits) {
        this(limits.maxConcurrentExpensive(), limits.maxQueuedExpensive(), limits.expensiveWait());
    }

    ExpensiveReads(int maxRunning, int maxQueued, Duration wait) {
        this.maxRunning = maxRunning;
        this.maxQueued = maxQueued;
        this.wait = wait;
        this.permits = new Semaphore(maxRunning, true);
    }

    /** Runs {@code read} once one of the places is free, or refuses it. */
    <T> T run(String field, Supplier<T> read) {
        if (!acquire(0)) {
            if (waiting.incrementAndGet() > maxQueued) {
                waiting.decrementAndGet();
                throw new BusyException(field + " refused: " + maxRunning + " expensive reads are running and "
                        + maxQueued + " waiting, the most there may be (insidergraph.limits.max-concurrent-expensive, "
                        + "max-queued-expensive); try again shortly");
            }
            boolean acquired;
            try {
                acquired = acquire(wait.toNanos());
            }
            finally {
                waiting.decrementAndGet();
            }
            if (!acquired) {
                throw new BusyException(field + " refused: it waited " + wait.toMillis() + " ms for one of the "
                        + maxRunning + " expensive reads that may run at once to finish "
                        + "(insidergraph.limits.max-concurrent-expensive, expensive-wait); try again shortly");
            }
        }
        try {
            return read.get();
        }
        finally {
            permits.release();
        }
    }

    /** A place within {@code nanos}; with a timeout, so that the fair semaphore serves earlier waiters first. */
    private boolean acquire(long nanos) {
        try {
            return permits.tryAcquire(nanos, TimeUnit.NANOSECONDS);
        }
        catch (InterruptedException ex) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /** An expensive read refused because as many as may run or wait at once already do. */
    static class BusyException extends RuntimeException {

        BusyException(String message) {
            super(message, null, false, false);
        }
    }
}
