// EXPECT: data-race-collection @ line 71
package probe5.batch;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

/**
 * Enriches a batch of customer records with a sales region. Each record is
 * resolved asynchronously on a pool thread; resolved regions are memoised in
 * a shared {@link RegionLookupCache} so repeated postcodes are cheap.
 */
public class AsyncEnrichmentPipeline {

    /** Raw customer row from the import file. */
    public record Customer(String id, String postcode) {}

    /** Customer row annotated with the resolved region. */
    public record EnrichedCustomer(String id, String region) {}

    private final ExecutorService pool = Executors.newFixedThreadPool(4);
    private final RegionLookupCache cache = new RegionLookupCache();

    public List<EnrichedCustomer> enrich(List<Customer> customers) {
        List<CompletableFuture<EnrichedCustomer>> futures = new ArrayList<>();
        for (Customer c : customers) {
            futures.add(CompletableFuture
                    .supplyAsync(() -> cache.regionFor(c.postcode()), pool)
                    .thenApply(region -> new EnrichedCustomer(c.id(), region)));
        }
        return futures.stream().map(CompletableFuture::join).toList();
    }

    public void shutdown() throws InterruptedException {
        pool.shutdown();
        if (!pool.awaitTermination(5, TimeUnit.SECONDS)) {
            pool.shutdownNow();
        }
    }

    public static void main(String[] args) throws InterruptedException {
        AsyncEnrichmentPipeline pipeline = new AsyncEnrichmentPipeline();
        List<Customer> batch = new ArrayList<>();
        for (int i = 0; i < 500; i++) {
            batch.add(new Customer("c" + i, "PC" + (i % 40)));
        }
        try {
            System.out.println(pipeline.enrich(batch).size() + " customers enriched");
        } finally {
            pipeline.shutdown();
        }
    }
}

/** Memoises postcode-to-region resolution for the enrichment pipeline. */
class RegionLookupCache {

    private final Map<String, String> regions = new HashMap<>();

    String regionFor(String postcode) {
        String cached = regions.get(postcode);
        if (cached != null) {
            return cached;
        }
        String resolved = resolve(postcode);
        regions.put(postcode, resolved); // BUG: plain HashMap mutated concurrently by pool threads (no synchronization)
        return resolved;
    }

    private static String resolve(String postcode) {
        int h = Math.floorMod(postcode.hashCode(), 4);
        return switch (h) {
            case 0 -> "NORTH";
            case 1 -> "SOUTH";
            case 2 -> "EAST";
            default -> "WEST";
        };
    }
}
