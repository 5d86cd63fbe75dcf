// EXPECT: none
package probe6b;

import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

/**
 * Default configuration used when no configuration file is found: the root level and
 * the names of the appenders to create, read once from system properties.
 *
 * <p><b>Thread-safety:</b> {@link #get()} may be called from any thread; the first call
 * loads the configuration. Instances are never modified after loading, so the getters
 * need no locking.
 */
public final class DefaultLoggerConfiguration {

    private String rootLevel;
    private List<String> appenderNames;

    private DefaultLoggerConfiguration() {
    }

    private static DefaultLoggerConfiguration load(Properties props) {
        DefaultLoggerConfiguration cfg = new DefaultLoggerConfiguration();
        cfg.rootLevel = props.getProperty("log.root.level", "INFO");
        cfg.appenderNames = new ArrayList<>();
        for (String n : props.getProperty("log.appenders", "console").split(",")) {
            cfg.appenderNames.add(n.trim());
        }
        return cfg;
    }

    /** Lazily initialised on first access of {@link #get()}. */
    private static final class Holder {
        static final DefaultLoggerConfiguration INSTANCE = load(System.getProperties());
    }

    /** Returns the shared default configuration. Called from any thread. */
    public static DefaultLoggerConfiguration get() {
        return Holder.INSTANCE; // OK: initialization-on-demand holder; JVM class initialisation runs load() once and publishes the fully built instance to every thread
    }

    public String rootLevel() {
        return rootLevel;
    }

    public List<String> appenderNames() {
        return List.copyOf(appenderNames);
    }

    public static void main(String[] args) throws InterruptedException {
        ExecutorService appThreads = Executors.newFixedThreadPool(8);
        for (int i = 0; i < 64; i++) {
            appThreads.submit(() -> {
                DefaultLoggerConfiguration cfg = get();
                return cfg.rootLevel() + " " + cfg.appenderNames();
            });
        }
        appThreads.shutdown();
        appThreads.awaitTermination(5, TimeUnit.SECONDS);
    }
}
