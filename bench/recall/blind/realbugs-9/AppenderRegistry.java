// EXPECT: none
package probe9b; import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Holds the active logging configuration and notifies registered appenders
 * when the configuration file watcher reloads it. Application threads log
 * through the appenders at the same time as the watcher thread reconfigures.
 */
public class AppenderRegistry {

    public interface ReloadListener {
        void onReload(AppenderRegistry registry);
    }

    private final List<ReloadListener> listeners = new ArrayList<>();
    private Map<String, String> properties = new HashMap<>();

    public synchronized void addListener(ReloadListener listener) {
        listeners.add(listener);
    }

    public synchronized String getProperty(String key, String defaultValue) {
        return properties.getOrDefault(key, defaultValue);
    }

    public void reload(Map<String, String> newProperties) {
        List<ReloadListener> snapshot;
        synchronized (this) {
            properties = new HashMap<>(newProperties);
            snapshot = new ArrayList<>(listeners);
        }
        for (ReloadListener listener : snapshot) {
            listener.onReload(this); // OK: callback runs after the registry lock is released (open call), so no lock-order cycle with the appender lock
        }
    }

    /** Appender that formats lines with a layout taken from the registry. */
    public static class LayoutAppender implements ReloadListener {
        private final AppenderRegistry registry;
        private final StringBuilder buffer = new StringBuilder();
        private String layout = "%level %msg";

        public LayoutAppender(AppenderRegistry registry) {
            this.registry = registry;
        }

        public synchronized void append(String level, String msg) {
            String host = registry.getProperty("hostName", "localhost");
            buffer.append(layout.replace("%level", level).replace("%msg", msg))
                  .append(" @").append(host).append('\n');
            if (buffer.length() > 8192) {
                System.out.print(buffer);
                buffer.setLength(0);
            }
        }

        @Override
        public synchronized void onReload(AppenderRegistry reg) {
            layout = reg.getProperty("layout", "%level %msg");
            System.out.print(buffer);
            buffer.setLength(0);
        }
    }

    public static void main(String[] args) throws InterruptedException {
        AppenderRegistry registry = new AppenderRegistry();
        LayoutAppender appender = new LayoutAppender(registry);
        registry.addListener(appender);

        Thread watcher = new Thread(() -> {
            for (int i = 0; i < 1000; i++) {
                registry.reload(Map.of("layout", "[%level] %msg", "hostName", "node-" + i));
            }
        }, "config-watcher");
        Thread worker = new Thread(() -> {
            for (int i = 0; i < 100_000; i++) {
                appender.append("INFO", "request " + i);
            }
        }, "http-worker-1");
        watcher.start();
        worker.start();
        watcher.join();
        worker.join();
    }
}
