// EXPECT: alien-call-under-lock @ line 36
package probe11c; import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * Feature flags pushed by the control-plane poller thread (update) and read by
 * request threads (isEnabled). Admin components register listeners to refresh
 * their views when a flag flips.
 */
public class FeatureFlagStore {

    public interface FlagListener {
        void flagChanged(String flag, boolean enabled);
    }

    private final Map<String, Boolean> flags = new HashMap<>();
    private final List<FlagListener> listeners = new ArrayList<>();

    public synchronized boolean isEnabled(String flag) {
        return flags.getOrDefault(flag, false);
    }

    public synchronized void addListener(FlagListener listener) {
        listeners.add(listener);
    }

    public synchronized void update(String flag, boolean enabled) {
        Boolean previous = flags.put(flag, enabled);
        if (previous == null || previous != enabled) {
            for (FlagListener listener : listeners) {
                listener.flagChanged(flag, enabled); // BUG: foreign listener runs under the store monitor; DashboardView waits for its render thread, which calls isEnabled() and blocks on this monitor
            }
        }
    }

    /** Admin dashboard; its row model is confined to a single render thread. */
    static final class DashboardView implements FlagListener {
        private final ExecutorService renderThread = Executors.newSingleThreadExecutor();
        private final Map<String, String> rows = new HashMap<>();
        private final FeatureFlagStore store;

        DashboardView(FeatureFlagStore store) {
            this.store = store;
        }

        @Override
        public void flagChanged(String flag, boolean enabled) {
            try {
                renderThread.submit(() -> rows.put(flag, describe(flag))).get();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            } catch (ExecutionException e) {
                throw new IllegalStateException(e.getCause());
            }
        }

        private String describe(String flag) {
            return flag + (store.isEnabled(flag) ? " [ON]" : " [OFF]");
        }
    }

    public static void main(String[] args) throws InterruptedException {
        FeatureFlagStore store = new FeatureFlagStore();
        store.addListener(new DashboardView(store));

        Thread poller = new Thread(() -> {
            for (int i = 0; i < 100; i++) {
                store.update("new-checkout", i % 2 == 0);
            }
        }, "control-plane-poller");
        Thread request = new Thread(() -> {
            for (int i = 0; i < 100; i++) {
                System.out.println("checkout v2: " + store.isEnabled("new-checkout"));
            }
        }, "request-handler");
        poller.start();
        request.start();
        poller.join();
        request.join();
    }
}
