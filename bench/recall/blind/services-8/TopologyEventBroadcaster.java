// EXPECT: none
package probe8a; import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

/**
 * Watches cluster membership and broadcasts topology changes. Callbacks are
 * registered and unregistered from several threads (service startup, request
 * handlers opening streams, shutdown hooks); events are delivered on the
 * watcher thread.
 */
public class TopologyEventBroadcaster {

    public interface TopologyListener {
        void onMembersChanged(Set<String> members);
    }

    private final List<TopologyListener> listeners = new CopyOnWriteArrayList<>();
    private final Supplier<Set<String>> membership;
    private final ScheduledExecutorService watcher =
            Executors.newSingleThreadScheduledExecutor(r -> new Thread(r, "topology-watcher"));
    private Set<String> lastMembers = Set.of();

    public TopologyEventBroadcaster(Supplier<Set<String>> membership) {
        this.membership = membership;
    }

    public void start() {
        watcher.scheduleWithFixedDelay(this::check, 0, 5, TimeUnit.SECONDS);
    }

    public void addListener(TopologyListener listener) {
        listeners.add(Objects.requireNonNull(listener));
    }

    public void removeListener(TopologyListener listener) {
        listeners.remove(listener);
    }

    private void check() {
        Set<String> members = Set.copyOf(membership.get());
        if (!members.equals(lastMembers)) {
            lastMembers = members;
            broadcast(members);
        }
    }

    private void broadcast(Set<String> members) {
        for (TopologyListener l : listeners) { // OK: CopyOnWriteArrayList iterates an immutable snapshot; concurrent add/remove cannot break it
            try {
                l.onMembersChanged(members);
            } catch (RuntimeException e) {
                System.err.println("topology listener failed: " + e);
            }
        }
    }

    public void stop() {
        watcher.shutdownNow();
    }
}
