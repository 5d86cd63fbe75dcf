package races.unguardedwrite;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * Each pass of a loop hands a pool a task that resolves a postcode, as in the bad case, but each pass makes
 * a cache of its own for its task: no two tasks use one map.
 */
public class GoodLoopTasksEachMakeTheirCache {
    private final ExecutorService pool = Executors.newFixedThreadPool(4);

    public List<String> regions(List<String> postcodes) {
        List<CompletableFuture<String>> futures = new ArrayList<>();
        for (String postcode : postcodes) {
            RegionCache cache = new RegionCache();
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
            regions.put(postcode, resolved);
            return resolved;
        }
    }
}
