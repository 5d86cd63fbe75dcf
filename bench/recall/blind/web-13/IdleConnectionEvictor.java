// EXPECT: none
package probe13b; import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/*
 * Background thread that closes keep-alive connections that have been idle
 * too long. Request threads mark connections active concurrently; the
 * connector's stop() (running on a different thread) calls shutdown().
 */
public class IdleConnectionEvictor implements Runnable {

    public static final class KeepAliveConnection {
        final String remoteAddress;
        volatile long lastActivityMillis;

        KeepAliveConnection(String remoteAddress, long lastActivityMillis) {
            this.remoteAddress = remoteAddress;
            this.lastActivityMillis = lastActivityMillis;
        }
    }

    private final ConcurrentMap<String, KeepAliveConnection> connections = new ConcurrentHashMap<>();
    private final long keepAliveTimeoutMillis;
    private volatile boolean running = true; // OK: volatile, so the evictor thread observes shutdown()'s write
    private volatile Thread evictorThread;

    public IdleConnectionEvictor(long keepAliveTimeoutMillis) {
        this.keepAliveTimeoutMillis = keepAliveTimeoutMillis;
    }

    public void start() {
        evictorThread = new Thread(this, "keepalive-evictor");
        evictorThread.setDaemon(false);
        evictorThread.start();
    }

    public KeepAliveConnection markActive(String remoteAddress, long nowMillis) {
        KeepAliveConnection conn = connections.computeIfAbsent(remoteAddress,
                addr -> new KeepAliveConnection(addr, nowMillis));
        conn.lastActivityMillis = nowMillis;
        return conn;
    }

    @Override
    public void run() {
        while (running) {
            long now = System.currentTimeMillis();
            connections.values().removeIf(c -> now - c.lastActivityMillis > keepAliveTimeoutMillis);
        }
    }

    public void shutdown() throws InterruptedException {
        running = false;
        evictorThread.join();
    }

    public int openConnections() {
        return connections.size();
    }

    public static void main(String[] args) throws InterruptedException {
        IdleConnectionEvictor evictor = new IdleConnectionEvictor(50);
        evictor.start();
        for (int i = 0; i < 1_000; i++) {
            evictor.markActive("192.168.1." + (i % 100) + ":5" + i, System.currentTimeMillis());
        }
        Thread.sleep(200);
        evictor.shutdown();
        System.out.println("open connections: " + evictor.openConnections());
    }
}
