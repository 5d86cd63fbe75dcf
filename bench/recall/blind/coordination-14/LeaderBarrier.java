// EXPECT: none
package probe14c; import java.util.Objects;
import java.util.concurrent.TimeoutException;

/**
 * Blocks request threads until a leader has been elected. The election module
 * reports leadership changes from its own thread; request handler threads call
 * awaitLeader(timeout) before forwarding writes.
 */
public class LeaderBarrier {

    private String leaderId;   // guarded by this
    private long term;         // guarded by this
    private boolean closed;    // guarded by this

    /** Election thread. */
    public synchronized void leaderElected(String nodeId, long newTerm) {
        Objects.requireNonNull(nodeId);
        if (newTerm < term) {
            return;
        }
        leaderId = nodeId;
        term = newTerm;
        notifyAll();
    }

    /** Election thread. */
    public synchronized void leaderLost(long newTerm) {
        if (newTerm < term) {
            return;
        }
        leaderId = null;
        term = newTerm;
        notifyAll();
    }

    /** Request handler threads. Returns the leader id, never null. */
    public synchronized String awaitLeader(long timeoutMillis) throws InterruptedException, TimeoutException {
        long deadline = System.nanoTime() + timeoutMillis * 1_000_000L;
        while (leaderId == null) {
            if (closed) {
                throw new IllegalStateException("barrier closed");
            }
            long remainingMillis = (deadline - System.nanoTime()) / 1_000_000L;
            if (remainingMillis <= 0) {
                throw new TimeoutException("no leader elected within " + timeoutMillis + " ms");
            }
            wait(remainingMillis); // OK: wait is inside a while loop that re-checks leaderId under the monitor after every wakeup
        }
        return leaderId;
    }

    public synchronized long term() {
        return term;
    }

    public synchronized void close() {
        closed = true;
        notifyAll();
    }

    public static void main(String[] args) throws Exception {
        LeaderBarrier barrier = new LeaderBarrier();
        Thread election = new Thread(() -> {
            barrier.leaderLost(1);
            barrier.leaderElected("node-c", 1);
        }, "election");
        Thread request = new Thread(() -> {
            try {
                System.out.println("forwarding to " + barrier.awaitLeader(5_000).toUpperCase());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            } catch (TimeoutException e) {
                System.err.println(e.getMessage());
            }
        }, "request");
        request.start();
        election.start();
        request.join();
        election.join();
    }
}
