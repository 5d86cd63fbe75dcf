// EXPECT: lock-order-deadlock-via-callback @ line 32
package probe9b; import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Holds the active logging configuration and notifies registered appenders
 * when the configuration file watcher reloads it. Application threads log
 * through the appenders at the same time as the watcher thread reconfigures.
 */
public class LoggerContext {

    public interface ConfigurationListener {
        void onConfigurationChange(LoggerContext context);
    }

    private final List<ConfigurationListener> listeners = new ArrayList<>();
    private Map<String, String> properties = new HashMap<>();

    public synchronized void addListener(ConfigurationListener listener) {
        listeners.add(listener);
    }

    public synchronized String getProperty(String key, String defaultValue) {
        return properties.getOrDefault(key, defaultValue);
    }

    public synchronized void reconfigure(Map<String, String> newProperties) {
        properties = new HashMap<>(newProperties);
        for (ConfigurationListener listener : listeners) {
            listener.onConfigurationChange(this); // BUG: alien callback invoked while holding the context lock; PatternAppender.append holds its own lock and then calls getProperty -> lock-order deadlock
        }
    }

    /** Appender that formats lines with a pattern taken from the context. */
    public static class PatternAppender implements ConfigurationListener {
        private final LoggerContext context;
        private final StringBuilder buffer = new StringBuilder();
        private String pattern = "%level %msg";

        public PatternAppender(LoggerContext context) {
            this.context = context;
        }

        public synchronized void append(String level, String msg) {
            String host = context.getProperty("hostName", "localhost");
            buffer.append(pattern.replace("%level", level).replace("%msg", msg))
                  .append(" @").append(host).append('\n');
            if (buffer.length() > 8192) {
                System.out.print(buffer);
                buffer.setLength(0);
            }
        }

        @Override
        public synchronized void onConfigurationChange(LoggerContext ctx) {
            pattern = ctx.getProperty("pattern", "%level %msg");
            System.out.print(buffer);
            buffer.setLength(0);
        }
    }

    public static void main(String[] args) throws InterruptedException {
        LoggerContext context = new LoggerContext();
        PatternAppender appender = new PatternAppender(context);
        context.addListener(appender);

        Thread watcher = new Thread(() -> {
            for (int i = 0; i < 1000; i++) {
                context.reconfigure(Map.of("pattern", "[%level] %msg", "hostName", "node-" + i));
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
