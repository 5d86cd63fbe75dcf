// EXPECT: unguarded-shared-field @ line 61
package probe16c; import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.HashMap;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * Keeps an in-memory view of a properties file that operators edit at run time.
 * A single poller thread re-reads the file when its mtime changes; get/getInt are
 * called concurrently by request-handling threads.
 */
public class PropertyFileWatcher implements AutoCloseable {
    private final Path file;
    private final ScheduledExecutorService poller = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "property-poller");
        t.setDaemon(true);
        return t;
    });
    private final Map<String, String> values = new HashMap<>();
    private FileTime lastModified = FileTime.fromMillis(0); // poller thread only

    public PropertyFileWatcher(Path file) {
        this.file = file;
    }

    public void start() {
        poller.scheduleWithFixedDelay(this::pollOnce, 0, 5, TimeUnit.SECONDS);
    }

    private void pollOnce() {
        try {
            FileTime modified = Files.getLastModifiedTime(file);
            if (modified.compareTo(lastModified) <= 0) {
                return;
            }
            Properties props = new Properties();
            try (InputStream in = Files.newInputStream(file)) {
                props.load(in);
            }
            synchronized (this) {
                values.clear();
                for (String name : props.stringPropertyNames()) {
                    values.put(name, props.getProperty(name).trim());
                }
            }
            lastModified = modified;
        } catch (IOException e) {
            System.err.println("Could not reload " + file + ": " + e.getMessage());
        }
    }

    public String get(String key, String defaultValue) {
        String v = values.get(key); // BUG: HashMap read without the lock that guards clear/put in pollOnce
        return v != null ? v : defaultValue;
    }

    public int getInt(String key, int defaultValue) {
        String v = get(key, null);
        if (v == null) {
            return defaultValue;
        }
        try {
            return Integer.parseInt(v);
        } catch (NumberFormatException e) {
            return defaultValue;
        }
    }

    public synchronized int size() {
        return values.size();
    }

    @Override
    public void close() {
        poller.shutdownNow();
    }

    public static void main(String[] args) throws InterruptedException {
        PropertyFileWatcher config = new PropertyFileWatcher(Path.of(args.length > 0 ? args[0] : "app.properties"));
        config.start();
        ExecutorService handlers = Executors.newFixedThreadPool(8);
        for (int i = 0; i < 10_000; i++) {
            handlers.submit(() -> {
                int timeout = config.getInt("http.client.timeoutSeconds", 30);
                String region = config.get("deploy.region", "eu-west-1");
                return region + ":" + timeout;
            });
        }
        handlers.shutdown();
        handlers.awaitTermination(1, TimeUnit.MINUTES);
        config.close();
    }
}
