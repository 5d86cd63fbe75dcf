// EXPECT: none
package probe5.cache;

// OK: the stop flag is volatile and the worker is also interrupted; timestamps live in a ConcurrentHashMap and per-node counters are LongAdders created with computeIfAbsent

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.LongAdder;

/**
 * Watches heartbeats from cluster nodes on a background thread and counts how
 * often each node missed its heartbeat deadline.
 */
public class HeartbeatMonitor {

    private final Map<String, Long> lastBeat = new ConcurrentHashMap<>();
    private final Map<String, LongAdder> missed = new ConcurrentHashMap<>();
    private final AtomicBoolean started = new AtomicBoolean();
    private final long timeoutMillis;
    private final Thread worker;
    private volatile boolean running = true;

    public HeartbeatMonitor(long timeoutMillis) {
        this.timeoutMillis = timeoutMillis;
        this.worker = new Thread(new ScanLoop(), "heartbeat-monitor");
        this.worker.setDaemon(true);
    }

    /** Called by the network layer whenever a heartbeat arrives. */
    public void beat(String node) {
        lastBeat.put(node, System.currentTimeMillis());
    }

    public void start() {
        if (started.compareAndSet(false, true)) {
            worker.start();
        }
    }

    public void stop() throws InterruptedException {
        running = false;
        worker.interrupt();
        worker.join();
    }

    public long missedCount(String node) {
        LongAdder counter = missed.get(node);
        return counter == null ? 0 : counter.sum();
    }

    /** Body of the background thread. */
    private final class ScanLoop implements Runnable {
        @Override
        public void run() {
            while (running) {
                long now = System.currentTimeMillis();
                lastBeat.forEach((node, ts) -> {
                    if (now - ts > timeoutMillis) {
                        missed.computeIfAbsent(node, k -> new LongAdder()).increment();
                    }
                });
                try {
                    Thread.sleep(timeoutMillis / 2);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return;
                }
            }
        }
    }

    public static void main(String[] args) throws InterruptedException {
        HeartbeatMonitor monitor = new HeartbeatMonitor(20);
        monitor.start();
        for (int i = 0; i < 10; i++) {
            monitor.beat("node-a");
            if (i < 2) {
                monitor.beat("node-b");
            }
            Thread.sleep(10);
        }
        monitor.stop();
        System.out.println("node-a missed=" + monitor.missedCount("node-a")
                + " node-b missed=" + monitor.missedCount("node-b"));
    }
}
