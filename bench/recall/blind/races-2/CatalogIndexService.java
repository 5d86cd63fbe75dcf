// EXPECT: non-thread-safe-collaborator-hashmap-from-pool @ line 24
package probe2.races;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

/**
 * Indexes product titles by keyword. Ingestion fans out to a pool of
 * indexer threads so that large catalog imports finish quickly.
 */
public class CatalogIndexService {

    /** Keyword to SKU index backed by a plain map. */
    static final class ProductIndex {
        private final Map<String, List<String>> skusByKeyword = new HashMap<>();

        void add(String keyword, String sku) {
            skusByKeyword.computeIfAbsent(keyword, k -> new ArrayList<>()).add(sku); // BUG: plain HashMap index mutated concurrently by indexer pool threads
        }

        List<String> lookup(String keyword) {
            List<String> skus = skusByKeyword.get(keyword);
            return skus == null ? List.of() : List.copyOf(skus);
        }

        int keywordCount() {
            return skusByKeyword.size();
        }
    }

    private final ProductIndex index = new ProductIndex();
    private final ExecutorService indexers = Executors.newFixedThreadPool(8);

    public Future<?> ingest(String sku, String title) {
        return indexers.submit(() -> {
            for (String token : tokenize(title)) {
                index.add(token, sku);
            }
        });
    }

    private static List<String> tokenize(String title) {
        List<String> tokens = new ArrayList<>();
        for (String raw : title.toLowerCase().split("[^a-z0-9]+")) {
            if (raw.length() > 2) {
                tokens.add(raw);
            }
        }
        return tokens;
    }

    public void awaitIdle() throws InterruptedException {
        indexers.shutdown();
        indexers.awaitTermination(30, TimeUnit.SECONDS);
    }

    public List<String> search(String keyword) {
        return index.lookup(keyword.toLowerCase());
    }

    public static void main(String[] args) throws Exception {
        CatalogIndexService service = new CatalogIndexService();
        String[] adjectives = {"steel", "wooden", "compact", "deluxe", "outdoor"};
        String[] nouns = {"chair", "table", "lamp", "shelf", "grill"};
        for (int i = 0; i < 5_000; i++) {
            String title = adjectives[i % 5] + " " + nouns[(i / 5) % 5] + " model " + i;
            service.ingest("SKU-" + i, title);
        }
        service.awaitIdle();
        System.out.println("keywords=" + service.index.keywordCount()
                + " steel=" + service.search("steel").size());
    }
}
