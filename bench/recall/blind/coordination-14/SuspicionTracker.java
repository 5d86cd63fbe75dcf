// EXPECT: a-non-thread-safe-jdk-object-shared-between-threads @ line 20
package probe14c; import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/**
 * Timeout-based failure detector. recordHeartbeat is invoked by the network
 * layer's I/O threads (one per connection); a scheduled sweep marks nodes whose
 * last heartbeat is older than the timeout as suspected.
 */
public class SuspicionTracker implements AutoCloseable {

    private final long timeoutNanos;
    private final Consumer<String> onSuspect;
    private final Map<String, Long> lastHeartbeat = new HashMap<>(); // BUG: plain HashMap written by several I/O threads and iterated by the sweeper thread without synchronization
    private final ScheduledExecutorService sweeper = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "suspicion-sweeper");
        t.setDaemon(true);
        return t;
    });
    private volatile Set<String> suspected = Set.of();

    public SuspicionTracker(long timeoutMillis, Consumer<String> onSuspect) {
        this.timeoutNanos = TimeUnit.MILLISECONDS.toNanos(timeoutMillis);
        this.onSuspect = onSuspect;
    }

    public void start(long sweepIntervalMillis) {
        sweeper.scheduleAtFixedRate(this::sweep, sweepIntervalMillis, sweepIntervalMillis, TimeUnit.MILLISECONDS);
    }

    /** Network I/O threads. */
    public void recordHeartbeat(String nodeId) {
        lastHeartbeat.put(nodeId, System.nanoTime());
    }

    /** Network I/O threads, when a node leaves gracefully. */
    public void forget(String nodeId) {
        lastHeartbeat.remove(nodeId);
    }

    private void sweep() {
        long now = System.nanoTime();
        Set<String> next = new HashSet<>();
        for (Map.Entry<String, Long> e : lastHeartbeat.entrySet()) {
            if (now - e.getValue() > timeoutNanos) {
                next.add(e.getKey());
            }
        }
        Set<String> previous = suspected;
        suspected = Set.copyOf(next);
        for (String nodeId : next) {
            if (!previous.contains(nodeId)) {
                onSuspect.accept(nodeId);
            }
        }
    }

    public boolean isSuspected(String nodeId) {
        return suspected.contains(nodeId);
    }

    @Override
    public void close() {
        sweeper.shutdownNow();
    }
}
