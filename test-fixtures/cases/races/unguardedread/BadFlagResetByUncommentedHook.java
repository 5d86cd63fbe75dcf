package races.unguardedread;

import java.util.HashMap;
import java.util.Map;

/**
 * The same registry, but {@code reset()} carries no mark that only tests use it: a client may reset the
 * registry while other threads look providers up, and their unlocked read of the flag can see a stale
 * value.
 */
public final class BadFlagResetByUncommentedHook {
    private static final Map<String, String> providers = new HashMap<>();
    private static boolean initialized = false;

    public static void reset() {
        synchronized (BadFlagResetByUncommentedHook.class) {
            initialized = false;
            providers.clear();
        }
    }

    private static void initialize() {
        synchronized (BadFlagResetByUncommentedHook.class) {
            providers.put("ip", "IPAuthenticationProvider");
            initialized = true;
        }
    }

    static String getProvider(String scheme) {
        if (!initialized) { // expect: UnguardedRead['`initialized` is read without `BadFlagResetByUncommentedHook.class`']
            throw new IllegalStateException("not initialized");
        }
        synchronized (BadFlagResetByUncommentedHook.class) {
            return providers.get(scheme);
        }
    }

    public static void main(String[] args) {
        initialize();
        new Thread(() -> System.out.println(getProvider("ip"))).start();
    }
}
