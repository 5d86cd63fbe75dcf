// EXPECT: thread-run-not-start @ line 23
package probe.dl;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** Product catalogue cache that is supposed to warm itself in the background on startup. */
public class CatalogCacheWarmer {

    private final Map<String, String> cache = new ConcurrentHashMap<>();
    private final List<String> hotSkus;
    private volatile boolean warm;

    public CatalogCacheWarmer(List<String> hotSkus) {
        this.hotSkus = List.copyOf(hotSkus);
    }

    /** Returns immediately; warm-up continues on a background thread. */
    public void startWarmup() {
        Thread warmer = new Thread(this::warmAll, "catalog-cache-warmer");
        warmer.setDaemon(true);
        warmer.run(); // BUG: run() executes the warm-up synchronously on the caller thread instead of start()
    }

    private void warmAll() {
        for (String sku : hotSkus) {
            cache.put(sku, loadFromDatabase(sku));
        }
        warm = true;
    }

    private static String loadFromDatabase(String sku) {
        try {
            Thread.sleep(50); // simulated query latency
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return "product:" + sku;
    }

    public String lookup(String sku) {
        return cache.computeIfAbsent(sku, CatalogCacheWarmer::loadFromDatabase);
    }

    public boolean isWarm() {
        return warm;
    }

    public static void main(String[] args) {
        CatalogCacheWarmer catalog = new CatalogCacheWarmer(
                List.of("SKU-1", "SKU-2", "SKU-3", "SKU-4", "SKU-5", "SKU-6", "SKU-7", "SKU-8"));
        long start = System.nanoTime();
        catalog.startWarmup();
        long blockedMillis = (System.nanoTime() - start) / 1_000_000;
        System.out.println("startup blocked for " + blockedMillis + " ms, warm=" + catalog.isWarm());
        System.out.println(catalog.lookup("SKU-9"));
    }
}
