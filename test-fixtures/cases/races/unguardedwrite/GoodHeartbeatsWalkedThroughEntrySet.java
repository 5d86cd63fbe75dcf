package races.unguardedwrite;

import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * The look-alikes: the heartbeats are a concurrent map, whose entry set may be walked while others
 * change it; the labels map is walked and changed only under its own monitor.
 */
public class GoodHeartbeatsWalkedThroughEntrySet {
    private final Map<String, Long> lastHeartbeat = new ConcurrentHashMap<>();
    private final Map<String, String> labels = new HashMap<>();
    private final ScheduledExecutorService sweeper = Executors.newSingleThreadScheduledExecutor();

    public void start() {
        sweeper.scheduleAtFixedRate(this::sweep, 1, 1, TimeUnit.SECONDS);
    }

    public void recordHeartbeat(String node, String label) {
        lastHeartbeat.put(node, System.nanoTime());
        synchronized (labels) {
            labels.put(node, label);
        }
    }

    private void sweep() {
        long now = System.nanoTime();
        for (Map.Entry<String, Long> e : lastHeartbeat.entrySet()) {
            if (now - e.getValue() > 5_000_000_000L) {
                synchronized (labels) {
                    for (Map.Entry<String, String> l : labels.entrySet()) {
                        System.out.println("suspect " + e.getKey() + " " + l.getValue());
                    }
                }
            }
        }
    }
}
