// EXPECT: lost-update-on-plain-field @ line 50
package probe9c; import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * Nightly supplier catalogue import. Each supplier feed line is validated and
 * upserted on its own virtual thread; the job reports totals at the end.
 */
public class CatalogImportJob {

    record FeedLine(String supplier, String sku, String title, String price) { }

    private final Map<String, BigDecimal> catalogue = new ConcurrentHashMap<>();

    private int imported;
    private int rejected;

    public void run(List<FeedLine> feed) {
        try (ExecutorService workers = Executors.newVirtualThreadPerTaskExecutor()) {
            for (FeedLine line : feed) {
                workers.submit(() -> importLine(line));
            }
        }
        System.out.printf("catalogue import finished: %d imported, %d rejected, %d skus%n",
                imported, rejected, catalogue.size());
    }

    private void importLine(FeedLine line) {
        BigDecimal price;
        try {
            price = new BigDecimal(line.price());
        } catch (NumberFormatException e) {
            synchronized (this) {
                rejected++;
            }
            return;
        }
        if (price.signum() <= 0 || line.sku().isBlank()) {
            synchronized (this) {
                rejected++;
            }
            return;
        }
        catalogue.merge(line.supplier() + "/" + line.sku(), price, (oldPrice, newPrice) -> newPrice);
        imported++; // BUG: unsynchronized read-modify-write of a plain int from many virtual threads; increments are lost
    }

    public static void main(String[] args) {
        List<FeedLine> feed = new ArrayList<>();
        String[] suppliers = {"acme", "globex", "initech"};
        for (int i = 0; i < 50_000; i++) {
            String price = i % 101 == 0 ? "n/a" : String.valueOf(1 + (i % 500) / 10.0);
            feed.add(new FeedLine(suppliers[i % suppliers.length], "SKU-" + i, "Item " + i, price));
        }
        new CatalogImportJob().run(feed);
    }
}
