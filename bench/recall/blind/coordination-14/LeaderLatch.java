// EXPECT: wait-notify-or-condition-misuse @ line 41
package probe14c; import java.util.Objects;

/**
 * Lets client threads block until a leader is known. The election module calls
 * onLeaderElected/onLeaderLost from its own thread; client request threads call
 * awaitLeader() and route their request to the returned node id.
 */
public class LeaderLatch {

    private String leaderId;   // guarded by this
    private long term;         // guarded by this
    private boolean closed;    // guarded by this

    /** Election thread. */
    public synchronized void onLeaderElected(String nodeId, long newTerm) {
        Objects.requireNonNull(nodeId);
        if (newTerm < term) {
            return;
        }
        leaderId = nodeId;
        term = newTerm;
        notifyAll();
    }

    /** Election thread: the current leader's lease expired and an election started. */
    public synchronized void onLeaderLost(long newTerm) {
        if (newTerm < term) {
            return;
        }
        leaderId = null;
        term = newTerm;
        notifyAll();
    }

    /**
     * Blocks until a leader is known and returns its id; never returns null
     * unless the latch has been closed.
     */
    public synchronized String awaitLeader() throws InterruptedException {
        if (leaderId == null && !closed) { // BUG: condition checked with if, not while; a wakeup from onLeaderLost or a spurious wakeup returns null while the latch is open
            wait();
        }
        return leaderId;
    }

    public synchronized String currentLeader() {
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
        LeaderLatch latch = new LeaderLatch();
        Thread election = new Thread(() -> {
            latch.onLeaderLost(1);
            latch.onLeaderElected("node-b", 1);
        }, "election");
        Thread client = new Thread(() -> {
            try {
                String leader = latch.awaitLeader();
                System.out.println("routing to " + leader.toUpperCase());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }, "client");
        client.start();
        election.start();
        client.join();
        election.join();
    }
}
