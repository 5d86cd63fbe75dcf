// EXPECT: data-race-on-a-field @ line 27
package probe13c; import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

/**
 * Tracks heartbeats from field devices. Heartbeat frames are dispatched
 * from the gateway listener onto a pool of ingest workers, so
 * {@link #onHeartbeat} runs concurrently on several threads.
 */
public class DeviceHeartbeatTracker {

    private static final long OFFLINE_AFTER_MS = 90_000;

    private final Map<String, Long> lastSeen = new ConcurrentHashMap<>();
    private final ExecutorService ingestPool = Executors.newFixedThreadPool(4);
    private long heartbeatsProcessed;

    public void submit(String deviceId, long timestampMs) {
        ingestPool.execute(() -> onHeartbeat(deviceId, timestampMs));
    }

    void onHeartbeat(String deviceId, long timestampMs) {
        lastSeen.merge(deviceId, timestampMs, Math::max);
        heartbeatsProcessed++; // BUG: unsynchronized read-modify-write of a plain field from several pool threads
    }

    public int countOnline(long nowMs) {
        int online = 0;
        for (Long seen : lastSeen.values()) {
            if (nowMs - seen <= OFFLINE_AFTER_MS) {
                online++;
            }
        }
        return online;
    }

    public synchronized long heartbeatsProcessed() {
        return heartbeatsProcessed;
    }

    public void shutdown() throws InterruptedException {
        ingestPool.shutdown();
        ingestPool.awaitTermination(10, TimeUnit.SECONDS);
    }

    public static void main(String[] args) throws InterruptedException {
        DeviceHeartbeatTracker tracker = new DeviceHeartbeatTracker();
        long now = System.currentTimeMillis();
        for (int i = 0; i < 10_000; i++) {
            tracker.submit("dev-" + (i % 250), now - (i % 120) * 1000L);
        }
        tracker.shutdown();
        System.out.println("online=" + tracker.countOnline(now)
                + " processed=" + tracker.heartbeatsProcessed());
    }
}
