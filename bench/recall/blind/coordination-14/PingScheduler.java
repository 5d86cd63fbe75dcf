// EXPECT: none
package probe14c; import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Sends periodic liveness pings to the members of the local failure-detection
 * group. begin() submits the ping loop to its own executor; end() is called from
 * the membership thread when the group is dissolved or re-partitioned.
 */
public class PingScheduler {

    private static final Logger LOG = Logger.getLogger(PingScheduler.class.getName());

    public interface PingTransport {
        void ping(String target, String from, long round);
    }

    private final String selfId;
    private final long periodMillis;
    private final PingTransport transport;
    private volatile List<String> targets = List.of();
    private final ExecutorService executor = Executors.newSingleThreadExecutor(r -> new Thread(r, "ping-scheduler"));
    private Future<?> task; // guarded by this

    public PingScheduler(String selfId, long periodMillis, PingTransport transport) {
        this.selfId = selfId;
        this.periodMillis = periodMillis;
        this.transport = transport;
    }

    public void setTargets(List<String> newTargets) {
        targets = List.copyOf(newTargets);
    }

    public synchronized void begin() {
        if (task != null && !task.isDone()) {
            return;
        }
        task = executor.submit(this::pingLoop);
    }

    private void pingLoop() {
        long round = 0;
        while (!Thread.currentThread().isInterrupted()) {
            round++;
            for (String target : targets) {
                try {
                    transport.ping(target, selfId, round);
                } catch (RuntimeException e) {
                    LOG.log(Level.FINE, "ping to " + target + " failed", e);
                }
            }
            try {
                TimeUnit.MILLISECONDS.sleep(periodMillis);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt(); // OK: re-asserts the interrupt status, so the while condition observes it and the loop exits
            }
        }
        LOG.info("ping loop stopped after " + round + " rounds");
    }

    /** Membership thread. */
    public synchronized void end() {
        if (task != null) {
            task.cancel(true);
            task = null;
        }
    }

    public void shutdown() throws InterruptedException {
        end();
        executor.shutdown();
        if (!executor.awaitTermination(5, TimeUnit.SECONDS)) {
            LOG.warning("ping executor did not terminate");
        }
    }
}
