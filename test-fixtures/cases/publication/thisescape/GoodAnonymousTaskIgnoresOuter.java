package publication.thisescape;

import java.util.concurrent.ExecutorService;

/**
 * The anonymous task submitted from the constructor only uses a captured parameter, never the object
 * being built: nothing half built escapes (cassandra CompactionManager cleanup task, publication review
 * #15).
 */
public class GoodAnonymousTaskIgnoresOuter {
    private final String ranges;
    private final boolean repaired;

    public GoodAnonymousTaskIgnoresOuter(ExecutorService executor, Cache cache, String ranges, boolean repaired) {
        executor.execute(new Runnable() {
            @Override
            public void run() {
                cache.cleanup();
            }
        });
        this.ranges = ranges;
        this.repaired = repaired;
    }

    public String describe() {
        return ranges + (repaired ? " (repaired)" : "");
    }

    /** A row cache. */
    public static final class Cache {
        public void cleanup() {
            System.out.println("cleaning up the row cache");
        }
    }
}
