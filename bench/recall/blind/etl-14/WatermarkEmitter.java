// EXPECT: none
package probe14a; import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;

/**
 * Background thread that periodically emits the minimum event-time watermark
 * across partitions to downstream windowed aggregations. Stage threads report
 * progress via {@link #advance}; the driver calls {@link #halt()} at shutdown.
 */
public class WatermarkEmitter implements Runnable {

    private final Map<String, Long> partitionWatermarks = new ConcurrentHashMap<>();
    private final long intervalNanos;
    private boolean haltRequested; // OK: only read and written inside synchronized methods on this, so the flag change is visible to the emitter loop
    private long lastEmitted = Long.MIN_VALUE;

    public WatermarkEmitter(long interval, TimeUnit unit) {
        this.intervalNanos = unit.toNanos(interval);
    }

    public void advance(String partition, long eventTime) {
        partitionWatermarks.merge(partition, eventTime, Math::max);
    }

    private synchronized boolean isHaltRequested() {
        return haltRequested;
    }

    public synchronized void halt() {
        haltRequested = true;
    }

    @Override
    public void run() {
        while (!isHaltRequested()) {
            emitOnce();
            LockSupport.parkNanos(intervalNanos);
        }
        emitOnce();
    }

    private void emitOnce() {
        long min = Long.MAX_VALUE;
        for (long wm : partitionWatermarks.values()) {
            min = Math.min(min, wm);
        }
        if (min != Long.MAX_VALUE && min > lastEmitted) {
            lastEmitted = min;
        }
    }

    public static void main(String[] args) throws InterruptedException {
        WatermarkEmitter emitter = new WatermarkEmitter(5, TimeUnit.MILLISECONDS);
        Thread emitterThread = new Thread(emitter, "watermark-emitter");
        emitterThread.start();

        Thread source = new Thread(() -> {
            for (long t = 0; t < 100_000; t++) {
                emitter.advance("sensor-" + (t % 8), t * 10);
            }
        }, "source");
        source.start();
        source.join();

        emitter.halt();
        emitterThread.join();
        System.out.println("last watermark: " + emitter.lastEmitted);
    }
}
