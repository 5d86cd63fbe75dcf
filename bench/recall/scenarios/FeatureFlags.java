// EXPECT: none
package recall2;

import java.util.HashMap;
import java.util.Map;

/**
 * Process-wide feature flags. Readers on request threads see an immutable snapshot; an admin
 * thread replaces the snapshot atomically.
 */
public final class FeatureFlags {

    public static final class Snapshot {
        private final Map<String, Boolean> flags;
        private final long version;

        Snapshot(Map<String, Boolean> flags, long version) {
            this.flags = Map.copyOf(flags);
            this.version = version;
        }

        public boolean isEnabled(String flag) {
            return flags.getOrDefault(flag, Boolean.FALSE);
        }

        public long version() {
            return version;
        }
    }

    private static volatile FeatureFlags instance;

    private final Object updateLock = new Object();
    private volatile Snapshot current = new Snapshot(Map.of(), 0);

    private FeatureFlags() {
    }

    public static FeatureFlags getInstance() {
        FeatureFlags result = instance;
        if (result == null) {
            synchronized (FeatureFlags.class) {
                result = instance;
                if (result == null) {
                    result = new FeatureFlags();
                    instance = result;
                }
            }
        }
        return result;
    }

    public boolean isEnabled(String flag) {
        return current.isEnabled(flag);
    }

    public Snapshot snapshot() {
        return current;
    }

    /** Called by the admin thread; concurrent admins are serialized. */
    public void set(String flag, boolean enabled) {
        synchronized (updateLock) {
            Snapshot old = current;
            Map<String, Boolean> next = new HashMap<>(old.flags);
            next.put(flag, enabled);
            current = new Snapshot(next, old.version + 1);
        }
    }

    public static void main(String[] args) throws InterruptedException {
        Thread admin = new Thread(() -> {
            for (int i = 0; i < 10_000; i++) {
                getInstance().set("new-checkout", i % 2 == 0);
            }
        });
        Thread requests = new Thread(() -> {
            for (int i = 0; i < 1_000_000; i++) {
                getInstance().isEnabled("new-checkout");
            }
        });
        admin.start();
        requests.start();
        admin.join();
        requests.join();
        System.out.println("version " + getInstance().snapshot().version());
    }
}
