// EXPECT: visibility-of-a-stop-state-flag @ line 27
package probe14c; import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Periodically pushes the local membership digest to a few random peers.
 * start() spawns the gossip thread; shutdown() is called from the node's
 * lifecycle thread during a graceful leave.
 */
public class GossipDisseminator implements Runnable {

    public interface GossipTransport {
        void pushDigest(String peer, Map<String, Long> digest);
    }

    private final String selfId;
    private final int fanout;
    private final long roundMillis;
    private final GossipTransport transport;
    private final CopyOnWriteArrayList<String> peers = new CopyOnWriteArrayList<>();
    private final Map<String, Long> heartbeatCounters = new ConcurrentHashMap<>();
    private boolean running = true; // BUG: stop flag is neither volatile nor guarded; the gossip thread may never see shutdown()'s write

    public GossipDisseminator(String selfId, int fanout, long roundMillis, GossipTransport transport) {
        this.selfId = selfId;
        this.fanout = fanout;
        this.roundMillis = roundMillis;
        this.transport = transport;
    }

    public void start() {
        Thread t = new Thread(this, "gossip-" + selfId);
        t.setDaemon(true);
        t.start();
    }

    public void addPeer(String peer) {
        peers.addIfAbsent(peer);
    }

    public void removePeer(String peer) {
        peers.remove(peer);
    }

    @Override
    public void run() {
        while (running) {
            heartbeatCounters.merge(selfId, 1L, Long::sum);
            List<String> candidates = new ArrayList<>(peers);
            Collections.shuffle(candidates, ThreadLocalRandom.current());
            Map<String, Long> digest = Map.copyOf(heartbeatCounters);
            for (String peer : candidates.subList(0, Math.min(fanout, candidates.size()))) {
                try {
                    transport.pushDigest(peer, digest);
                } catch (RuntimeException e) {
                    // peer unreachable; the failure detector will deal with it
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

    /** Gossip receive path (transport threads). */
    public void mergeRemote(Map<String, Long> remoteDigest) {
        remoteDigest.forEach((node, counter) -> heartbeatCounters.merge(node, counter, Math::max));
    }

    /** Lifecycle thread. */
    public void shutdown() {
        running = false;
    }
}
