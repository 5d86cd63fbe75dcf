package races.unguardedread;

import java.util.Map;

/**
 * Static settings loaded once, under the class's monitor, behind a private flag that is only ever set
 * to true: every lookup calls {@code ensureInitialized} first, so it reads the timeout after taking the
 * monitor that the one write was made under (hadoop NativeIO.ensureInitialized).
 */
public final class GoodReadAfterOnceFlagInit {
    private static long cacheTimeout;
    private static boolean initialized = false;

    private GoodReadAfterOnceFlagInit() {
    }

    private static synchronized void ensureInitialized(Map<String, Long> conf) {
        if (!initialized) {
            cacheTimeout = conf.getOrDefault("cache.timeout", 60_000L);
            initialized = true;
        }
    }

    public static boolean fresh(Map<String, Long> conf, long stampedAt, long now) {
        ensureInitialized(conf);
        return stampedAt + cacheTimeout > now;
    }
}
