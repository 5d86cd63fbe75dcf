// EXPECT: check-then-act-put-if-absent @ line 73
package probe7b; import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReferenceFieldUpdater;

/**
 * Keeps one connection pool per remote endpoint. Request threads look up the
 * pool for their target host and lease a connection slot from it; the shared
 * per-host limit protects the backend from connection storms.
 */
public final class ConnectionPoolRegistry implements AutoCloseable {

    static final class HostPool implements AutoCloseable {
        private static final AtomicReferenceFieldUpdater<HostPool, String> CLOSE_REASON =
                AtomicReferenceFieldUpdater.newUpdater(HostPool.class, String.class, "closeReason");

        private final String endpoint;
        private final int maxConnections;
        private final AtomicInteger leased = new AtomicInteger();
        private volatile String closeReason;

        HostPool(String endpoint, int maxConnections) {
            this.endpoint = endpoint;
            this.maxConnections = maxConnections;
        }

        boolean tryLease() {
            for (;;) {
                int current = leased.get();
                if (closeReason != null || current >= maxConnections) {
                    return false;
                }
                if (leased.compareAndSet(current, current + 1)) {
                    return true;
                }
            }
        }

        void release() {
            leased.decrementAndGet();
        }

        int leased() {
            return leased.get();
        }

        void close(String reason) {
            if (CLOSE_REASON.compareAndSet(this, null, reason)) {
                System.out.println("closing pool " + endpoint + " (" + reason + "), leased=" + leased.get());
            }
        }

        @Override
        public void close() {
            close("registry shutdown");
        }
    }

    private final ConcurrentMap<String, HostPool> pools = new ConcurrentHashMap<>();
    private final int maxConnectionsPerHost;

    public ConnectionPoolRegistry(int maxConnectionsPerHost) {
        this.maxConnectionsPerHost = maxConnectionsPerHost;
    }

    /** Called from many request threads concurrently. */
    public HostPool poolFor(String host, int port) {
        String key = host + ':' + port;
        HostPool pool = pools.get(key);
        if (pool == null) {
            pool = new HostPool(key, maxConnectionsPerHost);
            pools.put(key, pool); // BUG: check-then-act; two request threads that both miss on the same endpoint each create a HostPool and the later put overwrites the earlier, so the first thread leases from an orphaned pool (per-host limit no longer shared, pool never closed)
        }
        return pool;
    }

    public boolean lease(String host, int port) {
        return poolFor(host, port).tryLease();
    }

    public void release(String host, int port) {
        poolFor(host, port).release();
    }

    public int totalLeased() {
        int total = 0;
        for (HostPool pool : pools.values()) {
            total += pool.leased();
        }
        return total;
    }

    /** Called once during shutdown, after the request executor has terminated. */
    @Override
    public void close() {
        pools.values().forEach(HostPool::close);
    }
}
