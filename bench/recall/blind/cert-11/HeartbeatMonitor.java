// EXPECT: this-escape-thread-start @ line 19
package probe11b; import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Tracks heartbeats from cluster peers and expires peers that go silent. heartbeat() is called
 * by the network receiver threads; expiry runs on a background sweeper thread owned by this
 * monitor.
 */
public class HeartbeatMonitor {

    private final Thread sweeper;
    private final Map<String, Long> lastSeen;
    private final long timeoutMillis;

    public HeartbeatMonitor(long timeoutMillis) {
        this.sweeper = new Thread(this::sweepLoop, "heartbeat-sweeper");
        this.sweeper.setDaemon(true);
        this.sweeper.start(); // BUG: sweeper starts before lastSeen and timeoutMillis are assigned; it can observe null/0 through the escaped this
        this.lastSeen = new ConcurrentHashMap<>();
        this.timeoutMillis = timeoutMillis;
    }

    public void heartbeat(String peer) {
        lastSeen.put(peer, System.currentTimeMillis());
    }

    public boolean isAlive(String peer) {
        return lastSeen.containsKey(peer);
    }

    public void shutdown() {
        sweeper.interrupt();
    }

    protected void onPeerExpired(String peer) {
        System.out.println("peer expired: " + peer);
    }

    private void sweepLoop() {
        while (!Thread.currentThread().isInterrupted()) {
            long cutoff = System.currentTimeMillis() - timeoutMillis;
            for (Map.Entry<String, Long> entry : lastSeen.entrySet()) {
                long seen = entry.getValue();
                if (seen < cutoff && lastSeen.remove(entry.getKey(), seen)) {
                    onPeerExpired(entry.getKey());
                }
            }
            try {
                Thread.sleep(Math.max(10, timeoutMillis / 4));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    public static void main(String[] args) throws InterruptedException {
        HeartbeatMonitor monitor = new HeartbeatMonitor(200);
        Thread receiver = new Thread(() -> {
            for (int i = 0; i < 20; i++) {
                monitor.heartbeat("node-" + (i % 3));
            }
        }, "net-receiver");
        receiver.start();
        receiver.join();
        Thread.sleep(500);
        System.out.println("node-1 alive: " + monitor.isAlive("node-1"));
        monitor.shutdown();
    }
}
