package races.mutablestaticstate;

/**
 * A cache's static switch is written by an instance method that exists for tests only: production
 * threads never run it, so no two of them write the switch at once (cassandra ChunkCache.enable, races
 * review).
 */
public class GoodTestHookWritesStatic {

    private static boolean enabled = true;

    public boolean lookup(String key) {
        return enabled && key.hashCode() % 2 == 0;
    }

    @VisibleForTesting
    public void enable(boolean on) {
        enabled = on;
    }

    /** Marks code that exists for tests. */
    @interface VisibleForTesting {
    }
}
