// EXPECT: none
package probe8a; import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/**
 * Per-tenant throttle for the ingestion endpoint. admit() is called concurrently
 * by all request handler threads; bursts for one tenant are common, so several
 * threads may see a tenant for the first time simultaneously.
 */
public class TenantThrottle {

    static final class Window {
        private long startMillis;
        private int used;

        Window(long now) {
            this.startMillis = now;
        }

        synchronized boolean tryUse(int limit, long lengthMillis, long now) {
            if (now - startMillis >= lengthMillis) {
                startMillis = now;
                used = 0;
            }
            if (used >= limit) {
                return false;
            }
            used++;
            return true;
        }

        synchronized int used() {
            return used;
        }
    }

    private final ConcurrentMap<String, Window> windows = new ConcurrentHashMap<>();
    private final int limit;
    private final long lengthMillis;

    public TenantThrottle(int limit, long lengthMillis) {
        this.limit = limit;
        this.lengthMillis = lengthMillis;
    }

    public boolean admit(String tenantId) {
        long now = System.currentTimeMillis();
        Window w = windows.get(tenantId);
        if (w == null) { // OK: creation goes through atomic putIfAbsent; losers adopt the winner's window
            Window fresh = new Window(now);
            Window raced = windows.putIfAbsent(tenantId, fresh);
            w = raced != null ? raced : fresh;
        }
        return w.tryUse(limit, lengthMillis, now);
    }

    public int used(String tenantId) {
        Window w = windows.get(tenantId);
        return w == null ? 0 : w.used();
    }

    public int trackedTenants() {
        return windows.size();
    }
}
