// EXPECT: none
package probe11c; import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * Runtime settings pushed by the config-sync thread (put) and read by request
 * threads (get). Admin components register listeners to refresh their views
 * when a setting changes.
 */
public class SettingsRepository {

    public interface SettingsListener {
        void settingChanged(String key, String value);
    }

    private final Map<String, String> settings = new HashMap<>();
    private final List<SettingsListener> listeners = new CopyOnWriteArrayList<>();

    public synchronized String get(String key) {
        return settings.get(key);
    }

    public void addListener(SettingsListener listener) {
        listeners.add(listener);
    }

    public void put(String key, String value) {
        boolean changed;
        synchronized (this) {
            changed = !value.equals(settings.put(key, value));
        }
        if (changed) {
            for (SettingsListener listener : listeners) {
                listener.settingChanged(key, value); // OK: invoked after the synchronized block, so the panel's render thread can still enter get()
            }
        }
    }

    /** Admin settings panel; its row model is confined to a single render thread. */
    static final class SettingsPanel implements SettingsListener {
        private final ExecutorService renderThread = Executors.newSingleThreadExecutor();
        private final Map<String, String> rows = new HashMap<>();
        private final SettingsRepository repository;

        SettingsPanel(SettingsRepository repository) {
            this.repository = repository;
        }

        @Override
        public void settingChanged(String key, String value) {
            try {
                renderThread.submit(() -> rows.put(key, describe(key))).get();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            } catch (ExecutionException e) {
                throw new IllegalStateException(e.getCause());
            }
        }

        private String describe(String key) {
            return key + " = " + repository.get(key);
        }
    }

    public static void main(String[] args) throws InterruptedException {
        SettingsRepository repository = new SettingsRepository();
        repository.addListener(new SettingsPanel(repository));

        Thread sync = new Thread(() -> {
            for (int i = 0; i < 100; i++) {
                repository.put("request.timeout.ms", String.valueOf(1000 + i));
            }
        }, "config-sync");
        Thread request = new Thread(() -> {
            for (int i = 0; i < 100; i++) {
                System.out.println("timeout: " + repository.get("request.timeout.ms"));
            }
        }, "request-handler");
        sync.start();
        request.start();
        sync.join();
        request.join();
    }
}
