// EXPECT: alien-call-under-lock @ line 62
package probe7b; import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * In-process bus that fans out cluster membership events (node joined, node left,
 * leader changed) to components such as the routing table and the replica manager.
 * Events are published by the gossip thread and by the failure-detector thread.
 */
public final class ClusterEventBus {

    public interface Listener {
        void onClusterEvent(ClusterEvent event);
    }

    public record ClusterEvent(String type, String nodeId, long epoch) { }

    private final Object lock = new Object();
    private final List<Listener> listeners = new ArrayList<>(); // guarded by lock
    private long epoch;                                          // guarded by lock
    private String leaderId;                                     // guarded by lock

    public void subscribe(Listener listener) {
        Objects.requireNonNull(listener, "listener");
        synchronized (lock) {
            listeners.add(listener);
        }
    }

    public void unsubscribe(Listener listener) {
        synchronized (lock) {
            listeners.remove(listener);
        }
    }

    public long currentEpoch() {
        synchronized (lock) {
            return epoch;
        }
    }

    public String leader() {
        synchronized (lock) {
            return leaderId;
        }
    }

    public void publish(String type, String nodeId) {
        synchronized (lock) {
            epoch++;
            if ("LEADER_CHANGED".equals(type)) {
                leaderId = nodeId;
            }
            ClusterEvent event = new ClusterEvent(type, nodeId, epoch);
            for (Listener listener : listeners) {
                try {
                    listener.onClusterEvent(event); // BUG: foreign listener code runs while the publishing (gossip) thread holds the bus lock; ReplicaManager waits for a sync-pool thread that calls bus.leader(), which blocks on the same lock, so publisher and sync worker deadlock
                } catch (RuntimeException e) {
                    System.err.println("listener " + listener + " failed: " + e);
                }
            }
        }
    }

    /** Listener that re-syncs replicas on a worker pool when the leader moves. */
    static final class ReplicaManager implements Listener {
        private final ClusterEventBus bus;
        private final ExecutorService syncPool = Executors.newFixedThreadPool(2);

        ReplicaManager(ClusterEventBus bus) {
            this.bus = bus;
        }

        @Override
        public void onClusterEvent(ClusterEvent event) {
            if (!"LEADER_CHANGED".equals(event.type())) {
                return;
            }
            Future<?> resync = syncPool.submit(() -> System.out.println("resync from " + bus.leader()));
            try {
                resync.get();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            } catch (ExecutionException e) {
                throw new IllegalStateException(e.getCause());
            }
        }

        void shutdown() {
            syncPool.shutdownNow();
        }
    }
}
