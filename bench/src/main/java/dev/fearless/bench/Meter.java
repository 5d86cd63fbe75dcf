package dev.fearless.bench;

import com.sun.management.GarbageCollectionNotificationInfo;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.lang.management.MemoryUsage;
import java.lang.management.OperatingSystemMXBean;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import javax.management.Notification;
import javax.management.NotificationEmitter;
import javax.management.NotificationListener;
import javax.management.openmbean.CompositeData;

/**
 * Measures one pass: wall time, CPU time of the whole process (every thread, GC and JIT included), peak
 * heap used (sampled every 50 ms by a daemon thread), the largest heap left after a garbage collection
 * during the pass (an upper bound of what the pass keeps alive), and time spent in GC. Starts from a
 * collected heap ({@link System#gc()} twice) so passes do not pay for each other's garbage.
 */
final class Meter {

    static final long SAMPLE_MILLIS = 50;

    /** What one pass cost. Sizes in bytes, times in nanoseconds (GC in milliseconds); -1 when unknown. */
    record Cost(long wallNanos, long cpuNanos, long peakHeapBytes, long postGcHeapBytes, long gcMillis, int gcCount,
                double loadAverage) {

        double wallSeconds() {
            return wallNanos / 1e9;
        }

        double cpuSeconds() {
            return cpuNanos < 0 ? -1 : cpuNanos / 1e9;
        }
    }

    private static final MemoryMXBean MEMORY = ManagementFactory.getMemoryMXBean();

    private final AtomicLong peakHeap = new AtomicLong();
    private final AtomicLong postGcHeap = new AtomicLong(-1);
    private final List<Registration> registrations = new ArrayList<>();
    private final Set<String> heapPools = new HashSet<>();
    private Thread sampler;
    private volatile boolean running;
    private long startWall;
    private long startCpu;
    private long startUptime;
    private long startGcMillis;
    private long startGcCount;

    private record Registration(NotificationEmitter emitter, NotificationListener listener) {
    }

    /** Collects the heap, then starts the clocks and the sampler. */
    static Meter start() {
        Meter m = new Meter();
        m.begin();
        return m;
    }

    private void begin() {
        System.gc();
        System.gc();
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                heapPools.add(pool.getName());
                pool.resetPeakUsage();
            }
        }
        startUptime = ManagementFactory.getRuntimeMXBean().getUptime();
        for (GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans()) {
            if (gc instanceof NotificationEmitter emitter) {
                NotificationListener listener = this::onGc;
                emitter.addNotificationListener(listener, null, null);
                registrations.add(new Registration(emitter, listener));
            }
        }
        startGcMillis = gcMillis();
        startGcCount = gcCount();
        peakHeap.set(MEMORY.getHeapMemoryUsage().getUsed());
        running = true;
        sampler = new Thread(this::sample, "bench-heap-sampler");
        sampler.setDaemon(true);
        sampler.start();
        startCpu = processCpuNanos();
        startWall = System.nanoTime();
    }

    /** Stops the clocks and the sampler. */
    Cost stop() {
        long wall = System.nanoTime() - startWall;
        long cpuNow = processCpuNanos();
        long cpu = cpuNow < 0 || startCpu < 0 ? -1 : cpuNow - startCpu;
        running = false;
        sampler.interrupt();
        try {
            sampler.join(1000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        record(MEMORY.getHeapMemoryUsage().getUsed());
        for (Registration r : registrations) {
            try {
                r.emitter().removeNotificationListener(r.listener());
            } catch (javax.management.ListenerNotFoundException ignored) {
                // already gone
            }
        }
        return new Cost(wall, cpu, peakHeap.get(), postGcHeap.get(), gcMillis() - startGcMillis,
                (int) (gcCount() - startGcCount), loadAverage());
    }

    private void sample() {
        while (running) {
            record(MEMORY.getHeapMemoryUsage().getUsed());
            try {
                Thread.sleep(SAMPLE_MILLIS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    private void record(long used) {
        peakHeap.accumulateAndGet(used, Math::max);
    }

    private void onGc(Notification n, Object handback) {
        if (!GarbageCollectionNotificationInfo.GARBAGE_COLLECTION_NOTIFICATION.equals(n.getType())) {
            return;
        }
        GarbageCollectionNotificationInfo info = GarbageCollectionNotificationInfo.from((CompositeData) n.getUserData());
        if (info.getGcInfo().getStartTime() < startUptime) {
            return; // the System.gc() calls before the pass
        }
        long before = 0;
        long after = 0;
        for (Map.Entry<String, MemoryUsage> e : info.getGcInfo().getMemoryUsageBeforeGc().entrySet()) {
            if (heapPools.contains(e.getKey())) {
                before += e.getValue().getUsed();
            }
        }
        for (Map.Entry<String, MemoryUsage> e : info.getGcInfo().getMemoryUsageAfterGc().entrySet()) {
            if (heapPools.contains(e.getKey())) {
                after += e.getValue().getUsed();
            }
        }
        record(before);
        long a = after;
        postGcHeap.accumulateAndGet(a, Math::max);
    }

    /** The system's 1-minute load average (all processes), or -1 where the OS does not tell. */
    static double loadAverage() {
        return ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
    }

    private static long processCpuNanos() {
        OperatingSystemMXBean os = ManagementFactory.getOperatingSystemMXBean();
        if (os instanceof com.sun.management.OperatingSystemMXBean sun) {
            return sun.getProcessCpuTime();
        }
        return -1;
    }

    private static long gcMillis() {
        long total = 0;
        for (GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans()) {
            total += Math.max(0, gc.getCollectionTime());
        }
        return total;
    }

    private static long gcCount() {
        long total = 0;
        for (GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans()) {
            total += Math.max(0, gc.getCollectionCount());
        }
        return total;
    }
}
