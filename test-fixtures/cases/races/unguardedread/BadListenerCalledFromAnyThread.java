package races.unguardedread;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * The same herder, but nothing says which thread calls the listener back, and it is public: a client
 * thread's rebalance can change the assignment while the herder's loop tests it without the lock.
 */
public class BadListenerCalledFromAnyThread implements Runnable {
    public interface Member {
        void poll(RebalanceListener listener);
    }

    private final ExecutorService herderExecutor = Executors.newSingleThreadExecutor();
    private final Member member;
    private String assignment;
    private volatile boolean stopping;

    public BadListenerCalledFromAnyThread(Member member) {
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
        return assignment != null && assignment.startsWith("leader"); // expect: UnguardedRead['`assignment` is read without `this`']
    }

    /** Called back by the group member when the group rebalances. */
    public class RebalanceListener {
        public void onAssigned(String newAssignment) {
            synchronized (BadListenerCalledFromAnyThread.this) {
                assignment = newAssignment;
            }
        }

        public void onRevoked() {
            synchronized (BadListenerCalledFromAnyThread.this) {
                assignment = null;
            }
        }
    }
}
