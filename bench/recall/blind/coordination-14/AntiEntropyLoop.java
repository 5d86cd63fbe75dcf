// EXPECT: none
package probe14c; import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Background anti-entropy for the membership view: every round it exchanges
 * version vectors with one random peer. start() spawns the worker thread;
 * stop() is called from the lifecycle thread during shutdown.
 */
public class AntiEntropyLoop implements Runnable {

    public interface SyncTransport {
        Map<String, Long> exchange(String peer, Map<String, Long> localVersions);
    }

    private final String selfId;
    private final long roundMillis;
    private final SyncTransport transport;
    private final CopyOnWriteArrayList<String> peers = new CopyOnWriteArrayList<>();
    private final Map<String, Long> versions = new ConcurrentHashMap<>();
    private boolean running = true; // OK: only read and written inside synchronized isRunning()/stop(), which give mutual exclusion and visibility

    public AntiEntropyLoop(String selfId, long roundMillis, SyncTransport transport) {
        this.selfId = selfId;
        this.roundMillis = roundMillis;
        this.transport = transport;
    }

    public void start() {
        Thread t = new Thread(this, "anti-entropy-" + selfId);
        t.setDaemon(true);
        t.start();
    }

    public void addPeer(String peer) {
        peers.addIfAbsent(peer);
    }

    public void bump(String nodeId, long version) {
        versions.merge(nodeId, version, Math::max);
    }

    private synchronized boolean isRunning() {
        return running;
    }

    @Override
    public void run() {
        while (isRunning()) {
            List<String> candidates = new ArrayList<>(peers);
            if (!candidates.isEmpty()) {
                Collections.shuffle(candidates, ThreadLocalRandom.current());
                String peer = candidates.get(0);
                try {
                    Map<String, Long> remote = transport.exchange(peer, Map.copyOf(versions));
                    remote.forEach(this::bump);
                } catch (RuntimeException e) {
                    // try another peer next round
                }
            }
            try {
                Thread.sleep(roundMillis);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    /** Lifecycle thread. */
    public synchronized void stop() {
        running = false;
    }
}
