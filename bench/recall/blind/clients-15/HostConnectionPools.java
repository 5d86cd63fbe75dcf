// EXPECT: check-then-act @ line 62
package probe15b; import java.io.IOException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

/**
 * Keeps one bounded connection pool per remote host. Requests are executed on a
 * fixed worker pool, so poolFor() is reached by several worker threads at once.
 */
public class HostConnectionPools implements AutoCloseable {

    static final class HostPool implements AutoCloseable {
        final String host;
        final Semaphore permits;
        private final ScheduledExecutorService keepAlive = Executors.newSingleThreadScheduledExecutor();

        HostPool(String host, int maxConnections) {
            this.host = host;
            this.permits = new Semaphore(maxConnections);
            keepAlive.scheduleAtFixedRate(this::pingIdle, 30, 30, TimeUnit.SECONDS);
        }

        String execute(String path) throws IOException, InterruptedException {
            permits.acquire();
            try {
                return "GET " + host + path + " -> 200";
            } finally {
                permits.release();
            }
        }

        private void pingIdle() {
            // send keep-alive probes on idle sockets
        }

        @Override
        public void close() {
            keepAlive.shutdownNow();
        }
    }

    private final ConcurrentMap<String, HostPool> pools = new ConcurrentHashMap<>();
    private final ExecutorService workers = Executors.newFixedThreadPool(8);
    private final int maxPerHost;

    public HostConnectionPools(int maxPerHost) {
        this.maxPerHost = maxPerHost;
    }

    public Future<String> get(String host, String path) {
        return workers.submit(() -> poolFor(host).execute(path));
    }

    HostPool poolFor(String host) {
        HostPool pool = pools.get(host);
        if (pool == null) { // BUG: check-then-act; two workers both create a pool, one is overwritten (leaks its thread, per-host limit doubled)
            pool = new HostPool(host, maxPerHost);
            pools.put(host, pool);
        }
        return pool;
    }

    @Override
    public void close() {
        workers.shutdown();
        try {
            if (!workers.awaitTermination(30, TimeUnit.SECONDS)) {
                return; // requests still running; leave their pools open
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return;
        }
        pools.values().forEach(HostPool::close);
        pools.clear();
    }
}
