// EXPECT: this-escape @ line 22
package recall2;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;

/**
 * Detects peers that stopped sending heartbeats. The checker thread is started as soon as
 * the monitor is constructed.
 */
public class HeartbeatMonitor implements AutoCloseable {

    private final Thread checker;
    private final Map<String, Long> lastSeen;
    private final long timeoutMillis;
    private final Consumer<String> onTimeout;

    public HeartbeatMonitor(long timeoutMillis, Consumer<String> onTimeout) {
        this.checker = new Thread(this::checkLoop, "heartbeat-checker");
        this.checker.setDaemon(true);
        this.checker.start();
        this.lastSeen = new ConcurrentHashMap<>();
        this.timeoutMillis = timeoutMillis;
        this.onTimeout = onTimeout;
    }

    public void heartbeat(String peer) {
        lastSeen.put(peer, System.currentTimeMillis());
    }

    private void checkLoop() {
        while (!Thread.currentThread().isInterrupted()) {
            long now = System.currentTimeMillis();
            for (Map.Entry<String, Long> e : lastSeen.entrySet()) {
                if (now - e.getValue() > timeoutMillis && lastSeen.remove(e.getKey(), e.getValue())) {
                    onTimeout.accept(e.getKey());
                }
            }
            try {
                Thread.sleep(timeoutMillis / 2 + 1);
            } catch (InterruptedException ie) {
                Thread.currentThread().interrupt();
            }
        }
    }

    @Override
    public void close() {
        checker.interrupt();
    }

    public static void main(String[] args) throws InterruptedException {
        try (HeartbeatMonitor monitor = new HeartbeatMonitor(50, peer -> System.out.println(peer + " is down"))) {
            for (int i = 0; i < 10; i++) {
                monitor.heartbeat("peer-a");
                Thread.sleep(20);
            }
        }
    }
}
