// EXPECT: lock-order-deadlock @ line 62
package probe15c; import java.util.ArrayDeque;
import java.util.Deque;

/**
 * Fixed set of worker threads, each with its own deque of jobs. An idle
 * worker steals half of a busier peer's backlog.
 */
public class WorkStealingPool {
    static final class WorkQueue {
        final int index;
        final Deque<Runnable> jobs = new ArrayDeque<>();

        WorkQueue(int index) {
            this.index = index;
        }
    }

    private final WorkQueue[] queues;
    private final Thread[] workers;
    private volatile boolean shuttingDown;

    public WorkStealingPool(int size) {
        queues = new WorkQueue[size];
        workers = new Thread[size];
        for (int i = 0; i < size; i++) {
            queues[i] = new WorkQueue(i);
        }
        for (int i = 0; i < size; i++) {
            final WorkQueue own = queues[i];
            workers[i] = new Thread(() -> runWorker(own), "worker-" + i);
            workers[i].start();
        }
    }

    public void submit(int shard, Runnable job) {
        WorkQueue q = queues[Math.floorMod(shard, queues.length)];
        synchronized (q) {
            q.jobs.addLast(job);
        }
    }

    private void runWorker(WorkQueue own) {
        while (!shuttingDown) {
            Runnable next;
            synchronized (own) {
                next = own.jobs.pollFirst();
            }
            if (next != null) {
                next.run();
                continue;
            }
            WorkQueue victim = queues[(own.index + 1) % queues.length];
            if (steal(victim, own) == 0) {
                Thread.onSpinWait();
            }
        }
    }

    private int steal(WorkQueue from, WorkQueue to) {
        synchronized (from) {
            synchronized (to) { // BUG: lock order depends on call direction; two idle workers stealing from each other deadlock
                int count = from.jobs.size() / 2;
                for (int i = 0; i < count; i++) {
                    to.jobs.addLast(from.jobs.pollLast());
                }
                return count;
            }
        }
    }

    public void shutdown() throws InterruptedException {
        shuttingDown = true;
        for (Thread worker : workers) {
            worker.join();
        }
    }

    public static void main(String[] args) throws InterruptedException {
        WorkStealingPool pool = new WorkStealingPool(2);
        for (int i = 0; i < 1000; i++) {
            final int n = i;
            pool.submit(n % 2, () -> Math.sqrt(n));
        }
        Thread.sleep(1000);
        pool.shutdown();
    }
}
