// EXPECT: check-then-act @ line 48
package probe8a; import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Fixed-window rate limiter keyed by API client id. allow() is invoked from the
 * request filter of every worker thread, so many threads hit it concurrently,
 * often for the same client during bursts.
 */
public class ClientRateLimiter {

    static final class Window {
        private long windowStartMillis;
        private int count;

        Window(long now) {
            this.windowStartMillis = now;
        }

        synchronized boolean tryIncrement(int limit, long windowMillis, long now) {
            if (now - windowStartMillis >= windowMillis) {
                windowStartMillis = now;
                count = 0;
            }
            if (count >= limit) {
                return false;
            }
            count++;
            return true;
        }

        synchronized int currentCount() {
            return count;
        }
    }

    private final Map<String, Window> windows = new ConcurrentHashMap<>();
    private final int limitPerWindow;
    private final long windowMillis;

    public ClientRateLimiter(int limitPerWindow, long windowMillis) {
        this.limitPerWindow = limitPerWindow;
        this.windowMillis = windowMillis;
    }

    public boolean allow(String clientId) {
        long now = System.currentTimeMillis();
        if (!windows.containsKey(clientId)) windows.put(clientId, new Window(now)); // BUG: check-then-act; a racing put replaces a window already counted by another thread
        Window w = windows.get(clientId);
        return w.tryIncrement(limitPerWindow, windowMillis, now);
    }

    public int usage(String clientId) {
        Window w = windows.get(clientId);
        return w == null ? 0 : w.currentCount();
    }

    public int trackedClients() {
        return windows.size();
    }
}
