package races.unguardedwrite;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * Each pass of a loop hands a pool a task that resolves a postcode through the pipeline's cache, a
 * helper object in a final field: all the tasks of one run see the pipeline's {@code this}, so they run at
 * once on one cache, whose plain map they fill without a lock.
 */
public class BadLoopTasksShareCacheOfOwner {
    private final ExecutorService pool = Executors.newFixedThreadPool(4);
    private final RegionCache cache = new RegionCache();

    public List<String> regions(List<String> postcodes) {
        List<CompletableFuture<String>> futures = new ArrayList<>();
        for (String postcode : postcodes) {
            futures.add(CompletableFuture.supplyAsync(() -> cache.regionFor(postcode), pool));
        }
        return futures.stream().map(CompletableFuture::join).toList();
    }

    /** Remembers the region of each postcode resolved so far. */
    static final class RegionCache {
        private final Map<String, String> regions = new HashMap<>();

        String regionFor(String postcode) {
            String cached = regions.get(postcode);
            if (cached != null) {
                return cached;
            }
            String resolved = postcode.isEmpty() ? "NONE" : postcode.substring(0, 1);
            regions.put(postcode, resolved); // expect: UnguardedWrite['`regions.put()` changes `regions` without a lock, by tasks that run on other threads, all on one object']
            return resolved;
        }
    }
}
