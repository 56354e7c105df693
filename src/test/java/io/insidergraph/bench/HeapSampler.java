package io.insidergraph.bench;

import java.lang.management.ManagementFactory;
import java.util.concurrent.atomic.AtomicLong;

/** Samples the used heap every 50 ms on a daemon thread and keeps the peak. */
final class HeapSampler implements AutoCloseable {

    private final AtomicLong peak = new AtomicLong();
    private final Thread thread;
    private volatile boolean running = true;

    HeapSampler() {
        var memory = ManagementFactory.getMemoryMXBean();
        thread = Thread.ofPlatform().daemon().name("heap-sampler").start(() -> {
            while (running) {
                peak.accumulateAndGet(memory.getHeapMemoryUsage().getUsed(), Math::max);
                try {
                    Thread.sleep(50);
                }
                catch (InterruptedException ex) {
                    return;
                }
            }
        });
    }

    long peakBytes() {
        return peak.get();
    }

    /** Starts a new measurement window. */
    void reset() {
        peak.set(0);
    }

    @Override
    public void close() {
        running = false;
        thread.interrupt();
    }
}
