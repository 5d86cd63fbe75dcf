// EXPECT: none
package probe16c; import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

/**
 * Catalog of enabled editor extensions. The config watcher enables extensions
 * listed in the workspace file from its worker pool, and users can enable an
 * extension from the UI thread at the same time.
 */
public class ExtensionCatalog {
    public interface Extension {
        String id();
        void activate();
        void deactivate();
    }

    public interface ExtensionFactory {
        Extension create(String id);
    }

    private final Map<String, Extension> enabled = new HashMap<>();
    private final ExtensionFactory factory;

    public ExtensionCatalog(ExtensionFactory factory) {
        this.factory = factory;
    }

    public synchronized Extension enable(String id) {
        Extension existing = enabled.get(id);
        if (existing == null) { // OK: the whole check-and-register runs while holding the catalog's monitor
            Extension extension = factory.create(id);
            extension.activate();
            enabled.put(id, extension);
            return extension;
        }
        return existing;
    }

    public synchronized void disable(String id) {
        Extension extension = enabled.remove(id);
        if (extension != null) {
            extension.deactivate();
        }
    }

    public synchronized boolean isEnabled(String id) {
        return enabled.containsKey(id);
    }

    public synchronized List<String> enabledIds() {
        return new ArrayList<>(enabled.keySet());
    }

    public static void main(String[] args) throws InterruptedException {
        ExtensionCatalog catalog = new ExtensionCatalog(id -> new Extension() {
            public String id() { return id; }
            public void activate() { System.out.println("activating " + id); }
            public void deactivate() { System.out.println("deactivating " + id); }
        });
        ExecutorService watcherPool = Executors.newFixedThreadPool(3);
        for (String id : List.of("git-blame", "spellcheck", "yaml-schema")) {
            watcherPool.submit(() -> catalog.enable(id));
        }
        Thread uiThread = new Thread(() -> catalog.enable("spellcheck"), "ui");
        uiThread.start();
        watcherPool.shutdown();
        watcherPool.awaitTermination(10, TimeUnit.SECONDS);
        uiThread.join();
        System.out.println("enabled: " + catalog.enabledIds());
    }
}
