// EXPECT: lazy-init-race @ line 50
package probe15b; import java.io.IOException;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

/**
 * Process-wide HTTP transport shared by all generated API clients. The first
 * request from any handler thread creates the connection manager on demand;
 * request handlers run concurrently on the server's worker threads.
 */
public final class SharedHttpTransport {

    static final class ConnectionManager {
        private final Semaphore connectionLimit;
        private final ScheduledExecutorService evictor;

        ConnectionManager(int maxConnections) {
            this.connectionLimit = new Semaphore(maxConnections);
            this.evictor = Executors.newSingleThreadScheduledExecutor(r -> {
                Thread t = new Thread(r, "http-idle-evictor");
                t.setDaemon(true);
                return t;
            });
            evictor.scheduleWithFixedDelay(this::evictIdle, 30, 30, TimeUnit.SECONDS);
        }

        String exchange(String method, String url) throws IOException, InterruptedException {
            connectionLimit.acquire();
            try {
                return method + " " + url + " -> 200";
            } finally {
                connectionLimit.release();
            }
        }

        private void evictIdle() {
            // close sockets idle longer than the keep-alive timeout
        }
    }

    private static final int MAX_CONNECTIONS = 64;
    private static ConnectionManager manager;

    private SharedHttpTransport() {
    }

    static ConnectionManager manager() {
        if (manager == null) { // BUG: unsynchronized lazy init; concurrent first requests build several managers (leaked evictor threads, connection limit multiplied)
            manager = new ConnectionManager(MAX_CONNECTIONS);
        }
        return manager;
    }

    public static String get(String url) throws IOException, InterruptedException {
        return manager().exchange("GET", url);
    }

    public static String post(String url) throws IOException, InterruptedException {
        return manager().exchange("POST", url);
    }
}
