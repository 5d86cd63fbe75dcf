package races.unguardedread;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * A herder runs its loop on one executor thread; the group member it polls there calls the rebalance
 * listener back on that same thread, as the listener's comment says. The assignment the listener writes
 * and the leader test that reads it never meet another thread.
 */
public class GoodListenerCommentedOnWorkThread implements Runnable {
    public interface Member {
        void poll(RebalanceListener listener);
    }

    private final ExecutorService herderExecutor = Executors.newSingleThreadExecutor();
    private final Member member;
    private String assignment;
    private volatile boolean stopping;

    public GoodListenerCommentedOnWorkThread(Member member) {
        this.member = member;
    }

    public void start() {
        herderExecutor.submit(this);
    }

    @Override
    public void run() {
        while (!stopping) {
            member.poll(new RebalanceListener());
            if (isLeader()) {
                System.out.println("leading");
            }
        }
    }

    public void stop() {
        stopping = true;
    }

    private boolean isLeader() {
        return assignment != null && assignment.startsWith("leader");
    }

    // Rebalances are triggered internally from the group member, so these are always executed in the work thread.
    public class RebalanceListener {
        public void onAssigned(String newAssignment) {
            synchronized (GoodListenerCommentedOnWorkThread.this) {
                assignment = newAssignment;
            }
        }

        public void onRevoked() {
            synchronized (GoodListenerCommentedOnWorkThread.this) {
                assignment = null;
            }
        }
    }
}
