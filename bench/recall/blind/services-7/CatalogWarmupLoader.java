// EXPECT: none
package probe7a; import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Startup warm-up for the product-catalog service. main() calls warmUp() once,
 * before the HTTP server is started; the product rows and the price-override
 * rows are parsed in parallel on a boot pool.
 */
public class CatalogWarmupLoader {

    public record Product(String sku, String title, BigDecimal price) {}

    private final ExecutorService bootPool = Executors.newFixedThreadPool(2);
    private volatile Map<String, Product> catalog = Map.of(); // read by request threads later
    private int skippedProductRows;  // written only by the product-parsing task
    private int skippedPriceRows;    // written only by the price-parsing task

    public void warmUp(List<String> productCsv, List<String> priceOverrideCsv)
            throws InterruptedException, ExecutionException {
        Future<Map<String, Product>> products = bootPool.submit(() -> {
            Map<String, Product> m = new HashMap<>();
            for (String row : productCsv) {
                String[] f = row.split(",", -1);
                if (f.length != 3 || f[0].isBlank()) {
                    skippedProductRows++;
                    continue;
                }
                m.put(f[0], new Product(f[0], f[1], new BigDecimal(f[2].strip())));
            }
            return m;
        });
        Future<Map<String, BigDecimal>> overrides = bootPool.submit(() -> {
            Map<String, BigDecimal> m = new HashMap<>();
            for (String row : priceOverrideCsv) {
                String[] f = row.split(",", -1);
                if (f.length != 2) {
                    skippedPriceRows++;
                    continue;
                }
                m.put(f[0], new BigDecimal(f[1].strip()));
            }
            return m;
        });

        Map<String, Product> merged = products.get();
        Map<String, BigDecimal> priceOverrides = overrides.get();
        if (skippedProductRows + skippedPriceRows > 0) { // OK: each counter is written only by its own boot-pool task, and both products.get() and overrides.get() have returned, so each task's writes happen-before this read (Future.get establishes happens-before with the task's completion)
            System.err.printf("catalog warm-up skipped %d product rows and %d price rows%n",
                    skippedProductRows, skippedPriceRows);
        }
        priceOverrides.forEach((sku, price) ->
                merged.computeIfPresent(sku, (k, p) -> new Product(p.sku(), p.title(), price)));
        catalog = Map.copyOf(merged);
        bootPool.shutdown();
    }

    /** Called by request threads once the server is up. */
    public Product lookup(String sku) {
        return catalog.get(sku);
    }

    public int size() {
        return catalog.size();
    }
}
