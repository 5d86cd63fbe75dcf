// EXPECT: interrupt-or-executor-future-misuse @ line 62
package probe14c; import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Leader-side heartbeat loop. start() submits the loop to a dedicated executor;
 * stop() is called from the election thread when this node steps down and must
 * terminate the loop before the new term begins.
 */
public class HeartbeatEmitter {

    private static final Logger LOG = Logger.getLogger(HeartbeatEmitter.class.getName());

    public interface Transport {
        void sendHeartbeat(String peer, String leaderId, long term, long sequence);
    }

    private final String selfId;
    private final long intervalMillis;
    private final Transport transport;
    private final List<String> peers = new CopyOnWriteArrayList<>();
    private final ExecutorService executor = Executors.newSingleThreadExecutor(r -> new Thread(r, "heartbeat-emitter"));
    private Future<?> loop; // guarded by this

    public HeartbeatEmitter(String selfId, long intervalMillis, Transport transport, List<String> initialPeers) {
        this.selfId = selfId;
        this.intervalMillis = intervalMillis;
        this.transport = transport;
        this.peers.addAll(initialPeers);
    }

    public void addPeer(String peer) {
        peers.add(peer);
    }

    public synchronized void start(long term) {
        if (loop != null && !loop.isDone()) {
            throw new IllegalStateException("already emitting");
        }
        loop = executor.submit(() -> emitLoop(term));
    }

    private void emitLoop(long term) {
        long sequence = 0;
        while (!Thread.currentThread().isInterrupted()) {
            sequence++;
            for (String peer : peers) {
                try {
                    transport.sendHeartbeat(peer, selfId, term, sequence);
                } catch (RuntimeException e) {
                    LOG.log(Level.FINE, "heartbeat to " + peer + " failed", e);
                }
            }
            try {
                TimeUnit.MILLISECONDS.sleep(intervalMillis);
            } catch (InterruptedException e) { // BUG: interrupt swallowed (flag cleared); cancel(true) from stop() never ends the loop and the old leader keeps heartbeating
                LOG.fine("heartbeat sleep interrupted");
            }
        }
        LOG.info("heartbeat loop for term " + term + " stopped");
    }

    /** Election thread, on step-down. */
    public synchronized void stop() {
        if (loop != null) {
            loop.cancel(true);
            loop = null;
        }
    }

    public void shutdown() throws InterruptedException {
        stop();
        executor.shutdown();
        if (!executor.awaitTermination(5, TimeUnit.SECONDS)) {
            LOG.warning("heartbeat executor did not terminate");
        }
    }
}
