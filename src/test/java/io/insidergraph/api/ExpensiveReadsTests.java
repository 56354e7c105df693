package io.insidergraph.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** One read may run and one wait (up to 200 ms): a third is refused at once, a waiter that outlasts the wait too. */
class ExpensiveReadsTests {

    private final ExpensiveReads reads = new ExpensiveReads(1, 1, Duration.ofMillis(200));
    private final CountDownLatch release = new CountDownLatch(1);

    @AfterEach
    void releaseTheRunningRead() {
        release.countDown();
    }

    @Test
    void aReadPastTheRunningAndWaitingBoundsIsRefusedAtOnce() throws Exception {
        occupyTheOnePlace();
        var waiterGot = new AtomicReference<Object>();
        var waiter = Thread.ofVirtual().start(() -> waiterGot.set(attempt("second")));
        Thread.sleep(50);

        long started = System.nanoTime();
        assertThatThrownBy(() -> reads.run("neighborhood", () -> "no"))
                .isInstanceOf(ExpensiveReads.BusyException.class)
                .hasMessage("neighborhood refused: 1 expensive reads are running and 1 waiting, the most there may be "
                        + "(insidergraph.limits.max-concurrent-expensive, max-queued-expensive); try again shortly");
        assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofMillis(150));
        waiter.join();
        assertThat(waiterGot.get()).as("the waiter, once its 200 ms are over")
                .isInstanceOf(ExpensiveReads.BusyException.class);
    }

    @Test
    void aReadThatWaitsLongerThanTheWaitIsRefused() throws Exception {
        occupyTheOnePlace();
        assertThatThrownBy(() -> reads.run("clusterBuys", () -> "no"))
                .isInstanceOf(ExpensiveReads.BusyException.class)
                .hasMessage("clusterBuys refused: it waited 200 ms for one of the 1 expensive reads that may run at "
                        + "once to finish (insidergraph.limits.max-concurrent-expensive, expensive-wait); try again "
                        + "shortly");
    }

    @Test
    void aReadWaitsForThePlaceAndRunsOnceItIsFree() throws Exception {
        var running = occupyTheOnePlace();
        var waiterGot = new AtomicReference<Object>();
        var waiter = Thread.ofVirtual().start(() -> waiterGot.set(attempt("shortestPath")));
        Thread.sleep(50);
        release.countDown();
        running.join();
        waiter.join();
        assertThat(waiterGot.get()).isEqualTo("ran");
        assertThat(reads.run("again", () -> "ran")).isEqualTo("ran");
    }

    /** What a read answered, or the exception it was refused with. */
    private Object attempt(String field) {
        try {
            return reads.run(field, () -> "ran");
        }
        catch (ExpensiveReads.BusyException ex) {
            return ex;
        }
    }

    private Thread occupyTheOnePlace() throws InterruptedException {
        var started = new CountDownLatch(1);
        var thread = Thread.ofVirtual().start(() -> reads.run("first", () -> {
            started.countDown();
            try {
                return release.await(10, TimeUnit.SECONDS);
            }
            catch (InterruptedException ex) {
                throw new IllegalStateException(ex);
            }
        }));
        started.await();
        return thread;
    }
}
