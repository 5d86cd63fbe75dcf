package deadlock.dynamiclockorder;

import java.util.ArrayDeque;
import java.util.Deque;

/**
 * The same stealing workers, but each worker passes the two queues lower index first, choosing the
 * order in two branches before the helper locks them: every steal takes the locks in one order.
 */
public class GoodStealInIndexOrderChosenByCaller {
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
            WorkQueue victim = queues[(own.index + 1) % queues.length];
            WorkQueue first;
            WorkQueue second;
            if (own.index < victim.index) {
                first = own;
                second = victim;
            } else {
                first = victim;
                second = own;
            }
            move(first, second, own);
        }
    }

    private void move(WorkQueue first, WorkQueue second, WorkQueue own) {
        synchronized (first) {
            synchronized (second) {
                WorkQueue from = first == own ? second : first;
                for (int i = from.jobs.size() / 2; i > 0; i--) {
                    own.jobs.addLast(from.jobs.pollLast());
                }
            }
        }
    }

    public void stop() {
        stopping = true;
    }
}
