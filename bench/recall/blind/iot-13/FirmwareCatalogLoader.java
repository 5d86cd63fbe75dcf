// EXPECT: unsafe-publication-double-checked-locking-this-escape @ line 34
package probe13c; import java.util.Collections;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

/**
 * Lazily loads the firmware catalog (model -> latest image version) the
 * first time any rollout worker needs it. Rollout workers run on a shared
 * pool and call {@link #latestFor} concurrently.
 */
public class FirmwareCatalogLoader {

    static final class FirmwareCatalog {
        private final Map<String, String> latestByModel;
        private int revision;

        FirmwareCatalog(Map<String, String> entries, int revision) {
            this.latestByModel = Collections.unmodifiableMap(new HashMap<>(entries));
            this.revision = revision;
        }

        String latest(String model) {
            return latestByModel.getOrDefault(model, "unknown");
        }

        int revision() {
            return revision;
        }
    }

    private FirmwareCatalog catalog; // BUG: double-checked locking on a non-volatile field; readers may see a partially constructed catalog

    public String latestFor(String model) {
        return catalog().latest(model);
    }

    public int catalogRevision() {
        return catalog().revision();
    }

    private FirmwareCatalog catalog() {
        if (catalog == null) {
            synchronized (this) {
                if (catalog == null) {
                    catalog = fetchCatalog();
                }
            }
        }
        return catalog;
    }

    private FirmwareCatalog fetchCatalog() {
        Map<String, String> entries = new HashMap<>();
        entries.put("EM-300", "1.9.4");
        entries.put("TH-22", "4.2.1");
        entries.put("GW-9", "7.0.0");
        return new FirmwareCatalog(entries, 42);
    }

    public static void main(String[] args) throws InterruptedException {
        FirmwareCatalogLoader loader = new FirmwareCatalogLoader();
        ExecutorService rolloutWorkers = Executors.newFixedThreadPool(6);
        String[] models = {"EM-300", "TH-22", "GW-9"};
        for (int i = 0; i < 600; i++) {
            String model = models[i % models.length];
            rolloutWorkers.execute(() -> {
                String version = loader.latestFor(model);
                if (loader.catalogRevision() != 42 || version.equals("unknown")) {
                    System.out.println("stale catalog view for " + model);
                }
            });
        }
        rolloutWorkers.shutdown();
        rolloutWorkers.awaitTermination(10, TimeUnit.SECONDS);
    }
}
