package io.insidergraph.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Collectors;

import javax.management.openmbean.CompositeData;

import com.sun.management.GarbageCollectionNotificationInfo;

/**
 * The heap in use right after each collection, young or full (what survives: the live data), its peak. Only the
 * heap's pools count: a collection reports every pool, metaspace and code cache included.
 */
final class LiveHeap implements AutoCloseable {

    private final Set<String> heapPools = ManagementFactory.getMemoryPoolMXBeans().stream()
            .filter(pool -> pool.getType() == MemoryType.HEAP).map(MemoryPoolMXBean::getName)
            .collect(Collectors.toSet());
    private final AtomicLong peak = new AtomicLong();
    private final List<javax.management.NotificationEmitter> emitters;
    private final javax.management.NotificationListener listener = (notification, handback) -> {
        if (notification.getType().equals(GarbageCollectionNotificationInfo.GARBAGE_COLLECTION_NOTIFICATION)) {
            var info = GarbageCollectionNotificationInfo.from((CompositeData) notification.getUserData());
            long after = info.getGcInfo().getMemoryUsageAfterGc().entrySet().stream()
                    .filter(pool -> heapPools.contains(pool.getKey())).mapToLong(pool -> pool.getValue().getUsed())
                    .sum();
            peak.accumulateAndGet(after, Math::max);
        }
    };

    LiveHeap() {
        emitters = ManagementFactory.getGarbageCollectorMXBeans().stream()
                .map(bean -> (javax.management.NotificationEmitter) bean).toList();
        emitters.forEach(emitter -> emitter.addNotificationListener(listener, null, null));
    }

    long peakBytes() {
        return peak.get();
    }

    void reset() {
        System.gc();
        peak.set(0);
    }

    @Override
    public void close() throws Exception {
        for (var emitter : emitters) {
            emitter.removeNotificationListener(listener);
        }
    }
}
