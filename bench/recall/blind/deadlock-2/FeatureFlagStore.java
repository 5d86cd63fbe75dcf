// EXPECT: none
package probe2.dl;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

// OK: listeners live in a CopyOnWriteArrayList and are notified after the store monitor is released, so RolloutGate (synchronized, calling back into store.version()) never nests locks in the opposite order; per-flag versions let the gate drop stale out-of-order events
public class FeatureFlagStore {
    public interface FlagListener {
        void flagChanged(String name, boolean enabled, long version);
    }

    private final ConcurrentHashMap<String, Boolean> flags = new ConcurrentHashMap<>();
    private final CopyOnWriteArrayList<FlagListener> listeners = new CopyOnWriteArrayList<>();
    private long version;

    public void addListener(FlagListener listener) {
        listeners.add(listener);
    }

    public void set(String name, boolean enabled) {
        long v;
        synchronized (this) {
            flags.put(name, enabled);
            v = ++version;
        }
        for (FlagListener l : listeners) {
            l.flagChanged(name, enabled, v);
        }
    }

    public boolean isEnabled(String name) {
        return flags.getOrDefault(name, Boolean.FALSE);
    }

    public synchronized long version() {
        return version;
    }

    /** Production listener gating code paths for the current rollout wave. */
    public static final class RolloutGate implements FlagListener {
        private final FeatureFlagStore store;
        private final Map<String, Long> appliedVersion = new HashMap<>();
        private final Set<String> open = new HashSet<>();
        private long newestApplied;

        public RolloutGate(FeatureFlagStore store) {
            this.store = store;
        }

        @Override
        public synchronized void flagChanged(String name, boolean enabled, long v) {
            if (appliedVersion.getOrDefault(name, 0L) >= v) {
                return;
            }
            appliedVersion.put(name, v);
            newestApplied = Math.max(newestApplied, v);
            if (enabled) {
                open.add(name);
            } else {
                open.remove(name);
            }
        }

        public synchronized boolean allows(String name) {
            return open.contains(name);
        }

        public synchronized long lag() {
            return store.version() - newestApplied;
        }
    }
}
