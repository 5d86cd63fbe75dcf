package deadlock.dynamiclockorder;

import java.util.ArrayDeque;
import java.util.Deque;

/**
 * Workers that steal half of their neighbour's backlog: each locks the victim, then its own queue. With
 * two workers, each is the other's neighbour, and two idle workers stealing at once take the two locks
 * in opposite orders. The victim is picked the same way every time (after an early continue), which
 * decides no order.
 */
public class BadStealFromNeighbourInCallOrder {
    static final class WorkQueue {
        final int index;
        final Deque<Runnable> jobs = new ArrayDeque<>();

        WorkQueue(int index) {
            this.index = index;
        }
    }

    private final WorkQueue[] queues = {new WorkQueue(0), new WorkQueue(1)};
    private volatile boolean stopping;

    public void start() {
        for (WorkQueue q : queues) {
            new Thread(() -> work(q)).start();
        }
    }

    private void work(WorkQueue own) {
        while (!stopping) {
            Runnable next;
            synchronized (own) {
                next = own.jobs.pollFirst();
            }
            if (next != null) {
                next.run();
                continue;
            }
            WorkQueue victim = queues[(own.index + 1) % queues.length];
            steal(victim, own);
        }
    }

    private void steal(WorkQueue from, WorkQueue to) {
        synchronized (from) {
            synchronized (to) { // expect: DynamicLockOrder['`to` is locked while holding `from`, in the order the arguments were passed']
                for (int i = from.jobs.size() / 2; i > 0; i--) {
                    to.jobs.addLast(from.jobs.pollLast());
                }
            }
        }
    }

    public void stop() {
        stopping = true;
    }
}
