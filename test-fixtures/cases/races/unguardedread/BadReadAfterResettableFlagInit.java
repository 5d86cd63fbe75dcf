package races.unguardedread;

import java.util.Map;

/**
 * The same settings, but {@code reload} clears the flag, so the timeout can be written again while a
 * lookup that already passed {@code ensureInitialized} reads it.
 */
public final class BadReadAfterResettableFlagInit {
    private static long cacheTimeout;
    private static boolean initialized = false;

    private BadReadAfterResettableFlagInit() {
    }

    private static synchronized void ensureInitialized(Map<String, Long> conf) {
        if (!initialized) {
            cacheTimeout = conf.getOrDefault("cache.timeout", 60_000L);
            initialized = true;
        }
    }

    public static synchronized void reload() {
        initialized = false;
    }

    public static boolean fresh(Map<String, Long> conf, long stampedAt, long now) {
        ensureInitialized(conf);
        return stampedAt + cacheTimeout > now; // expect: UnguardedRead['`cacheTimeout` is read without `BadReadAfterResettableFlagInit.class`']
    }
}
