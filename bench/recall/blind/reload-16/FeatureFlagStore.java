// EXPECT: lock-order-deadlock @ line 43
package probe16c; import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;

/**
 * In-memory feature flag store. A sync thread pulls flag values from the remote
 * flag service every few seconds; plugins register listeners from their own
 * initialisation threads and receive the current state on registration.
 */
public class FeatureFlagStore {
    public interface FlagListener {
        void onFlagChanged(String flag, boolean enabled);
    }

    private final Object flagsLock = new Object();
    private final Object listenersLock = new Object();
    private final Map<String, Boolean> flags = new HashMap<>();
    private final List<FlagListener> listeners = new ArrayList<>();

    public void setFlag(String name, boolean enabled) {
        synchronized (flagsLock) {
            Boolean previous = flags.put(name, enabled);
            if (previous != null && previous == enabled) {
                return;
            }
            synchronized (listenersLock) {
                for (FlagListener listener : listeners) {
                    listener.onFlagChanged(name, enabled);
                }
            }
        }
    }

    public void addListener(FlagListener listener) {
        synchronized (listenersLock) {
            listeners.add(listener);
            synchronized (flagsLock) { // BUG: takes flagsLock while holding listenersLock; setFlag takes them in the opposite order
                for (Map.Entry<String, Boolean> e : flags.entrySet()) {
                    listener.onFlagChanged(e.getKey(), e.getValue());
                }
            }
        }
    }

    public boolean isEnabled(String name) {
        synchronized (flagsLock) {
            return flags.getOrDefault(name, Boolean.FALSE);
        }
    }

    public static void main(String[] args) throws InterruptedException {
        FeatureFlagStore store = new FeatureFlagStore();
        ScheduledExecutorService sync = Executors.newSingleThreadScheduledExecutor();
        sync.scheduleAtFixedRate(() -> {
            ThreadLocalRandom rnd = ThreadLocalRandom.current();
            store.setFlag("search.v2", rnd.nextBoolean());
            store.setFlag("checkout.oneClick", rnd.nextBoolean());
        }, 0, 10, TimeUnit.MILLISECONDS);

        List<Thread> pluginInits = new ArrayList<>();
        for (String plugin : List.of("recommendations", "payments", "analytics")) {
            Thread t = new Thread(() -> store.addListener(
                    (flag, on) -> System.out.println(plugin + " sees " + flag + "=" + on)), "init-" + plugin);
            pluginInits.add(t);
            t.start();
        }
        for (Thread t : pluginInits) {
            t.join();
        }
        sync.shutdown();
    }
}
