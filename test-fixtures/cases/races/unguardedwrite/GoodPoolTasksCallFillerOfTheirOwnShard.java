package races.unguardedwrite;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * The look-alikes of BadPoolTasksCallPublicFiller: each task fills the map of its own shard, a different
 * object per pass of the loop; one warm-up task fills the shared map alone; and a synchronized filler
 * called by many tasks takes the lock.
 */
public class GoodPoolTasksCallFillerOfTheirOwnShard {

    /** One shard of the cache, filled by the one task given it. */
    public static final class Shard {
        private final Map<String, String> entries = new HashMap<>();

        public void fill(String key) {
            entries.put(key, key.trim());
        }
    }

    private final Map<String, String> warmed = new HashMap<>();
    private final Map<String, String> locked = new HashMap<>();
    private final ExecutorService pool = Executors.newFixedThreadPool(4);

    public void fillShards(List<Shard> shards, String key) {
        for (Shard s : shards) {
            pool.execute(() -> s.fill(key));
        }
    }

    public void warmOnce(String[] keys) {
        pool.execute(() -> {
            for (String k : keys) {
                remember(k);
            }
        });
    }

    public void remember(String key) {
        warmed.put(key, key.trim());
    }

    public void warmLocked(String[] keys) {
        for (String k : keys) {
            pool.execute(() -> rememberLocked(k));
        }
    }

    public synchronized void rememberLocked(String key) {
        locked.put(key, key.trim());
    }
}
