package races.unguardedread;

import java.util.HashMap;
import java.util.Map;

/**
 * A provider registry is filled once, under the class's monitor, by the private {@code initialize()}, which the
 * server's start-up calls before it starts the threads that look providers up (Thread.start orders it). The only other write of
 * the flag is {@code reset()}, marked {@code //VisibleForTesting} (the annotation's name, written as a
 * comment) and called by nothing in the program: in production no thread writes the flag while
 * {@code getProvider} reads it (zookeeper's ProviderRegistry).
 */
public final class GoodFlagResetOnlyByCommentedTestHook {
    private static final Map<String, String> providers = new HashMap<>();
    private static boolean initialized = false;

    //VisibleForTesting
    public static void reset() {
        synchronized (GoodFlagResetOnlyByCommentedTestHook.class) {
            initialized = false;
            providers.clear();
        }
    }

    private static void initialize() {
        synchronized (GoodFlagResetOnlyByCommentedTestHook.class) {
            providers.put("ip", "IPAuthenticationProvider");
            initialized = true;
        }
    }

    static String getProvider(String scheme) {
        if (!initialized) {
            throw new IllegalStateException("not initialized");
        }
        synchronized (GoodFlagResetOnlyByCommentedTestHook.class) {
            return providers.get(scheme);
        }
    }

    public static void main(String[] args) {
        initialize();
        new Thread(() -> System.out.println(getProvider("ip"))).start();
    }
}
