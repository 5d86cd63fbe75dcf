package races.unguardedwrite;

import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * The sweeper walks the plain map through its entry set, with no lock, while I/O threads put and remove
 * heartbeats: walking a view walks the map, so the walk can fail with ConcurrentModificationException or
 * miss entries.
 */
public class BadHeartbeatsWalkedThroughEntrySet {
    private final Map<String, Long> lastHeartbeat = new HashMap<>();
    private final ScheduledExecutorService sweeper = Executors.newSingleThreadScheduledExecutor();

    public void start() {
        sweeper.scheduleAtFixedRate(this::sweep, 1, 1, TimeUnit.SECONDS);
    }

    public void recordHeartbeat(String node) {
        lastHeartbeat.put(node, System.nanoTime()); // expect: UnguardedWrite['`lastHeartbeat.put()` changes `lastHeartbeat` without a lock, while a task that runs on another thread walks it']
    }

    public void forget(String node) {
        lastHeartbeat.remove(node); // expect: UnguardedWrite['`lastHeartbeat.remove()` changes `lastHeartbeat` without a lock, while a task that runs on another thread walks it']
    }

    private void sweep() {
        long now = System.nanoTime();
        for (Map.Entry<String, Long> e : lastHeartbeat.entrySet()) {
            if (now - e.getValue() > 5_000_000_000L) {
                System.out.println("suspect " + e.getKey());
            }
        }
    }
}
