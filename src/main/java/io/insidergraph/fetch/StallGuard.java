package io.insidergraph.fetch;

import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

/**
 * Ends a response whose body stops arriving. The HTTP client's request timeout covers the wait for the headers
 * only, so a body that stalls midway would hold its download, and its thread, for as long as the server keeps the
 * connection open. Every read marks activity; when none comes for the timeout, the guard interrupts the reading
 * thread, the read fails, and the request is retried like any other timeout.
 */
final class StallGuard implements AutoCloseable {

    private static final ScheduledExecutorService TIMER = Executors.newSingleThreadScheduledExecutor(
            Thread.ofPlatform().daemon().name("edgar-stall-guard").factory());

    private final Thread reader = Thread.currentThread();
    private final long timeoutNanos;
    private final ScheduledFuture<?> check;
    private volatile long lastActivity = System.nanoTime();
    private boolean fired;
    private boolean closed;

    StallGuard(Duration timeout) {
        this.timeoutNanos = timeout.toNanos();
        long period = Math.max(20, timeout.toMillis() / 4);
        this.check = TIMER.scheduleAtFixedRate(this::check, period, period, TimeUnit.MILLISECONDS);
    }

    void activity() {
        lastActivity = System.nanoTime();
    }

    synchronized boolean fired() {
        return fired;
    }

    private synchronized void check() {
        if (!closed && !fired && System.nanoTime() - lastActivity > timeoutNanos) {
            fired = true;
            reader.interrupt();
        }
    }

    /**
     * Stops watching (when the body is read, or the request is over); on the reading thread it also clears the
     * interrupt the guard caused, so the retry can wait and try again.
     */
    @Override
    public synchronized void close() {
        closed = true;
        check.cancel(false);
        if (fired && Thread.currentThread() == reader) {
            Thread.interrupted();
        }
    }
}
