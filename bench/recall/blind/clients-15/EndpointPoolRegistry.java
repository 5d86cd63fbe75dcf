// EXPECT: none
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
 * Registry of per-endpoint connection pools for the RPC client. Calls run on a
 * shared worker pool, so poolFor() is entered by many threads concurrently.
 */
public class EndpointPoolRegistry implements AutoCloseable {

    static final class EndpointPool implements AutoCloseable {
        final String endpoint;
        final Semaphore permits;
        private final ScheduledExecutorService keepAlive = Executors.newSingleThreadScheduledExecutor();

        EndpointPool(String endpoint, int maxConnections) {
            this.endpoint = endpoint;
            this.permits = new Semaphore(maxConnections);
            keepAlive.scheduleAtFixedRate(this::pingIdle, 30, 30, TimeUnit.SECONDS);
        }

        String invoke(String method) throws IOException, InterruptedException {
            permits.acquire();
            try {
                return endpoint + "/" + method + " OK";
            } finally {
                permits.release();
            }
        }

        private void pingIdle() {
            // health-check idle channels
        }

        @Override
        public void close() {
            keepAlive.shutdownNow();
        }
    }

    private final ConcurrentMap<String, EndpointPool> pools = new ConcurrentHashMap<>();
    private final ExecutorService workers = Executors.newFixedThreadPool(8);
    private final int maxPerEndpoint;

    public EndpointPoolRegistry(int maxPerEndpoint) {
        this.maxPerEndpoint = maxPerEndpoint;
    }

    public Future<String> call(String endpoint, String method) {
        return workers.submit(() -> poolFor(endpoint).invoke(method));
    }

    EndpointPool poolFor(String endpoint) {
        EndpointPool pool = pools.get(endpoint);
        if (pool == null) { // OK: only a fast-path check; the insert is decided atomically by putIfAbsent and the losing pool is closed
            EndpointPool created = new EndpointPool(endpoint, maxPerEndpoint);
            pool = pools.putIfAbsent(endpoint, created);
            if (pool == null) {
                pool = created;
            } else {
                created.close();
            }
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
        pools.values().forEach(EndpointPool::close);
        pools.clear();
    }
}
