// EXPECT: lock-order-deadlock @ line 74
package probe16b; import java.util.ArrayDeque;
import java.util.Deque;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.LockSupport;

/**
 * Dispatcher with one work queue per worker thread. An idle worker steals
 * half of a neighbour's pending actor runs. Worker i steals from worker
 * (i + 1) % n, so with two workers each one steals from the other.
 */
public class StealingDispatcher {

    static final class WorkQueue {
        final int id;
        final Deque<Runnable> tasks = new ArrayDeque<>();

        WorkQueue(int id) {
            this.id = id;
        }
    }

    private final WorkQueue[] queues;
    private final Thread[] workers;
    private final AtomicLong executed = new AtomicLong();

    public StealingDispatcher(int parallelism) {
        queues = new WorkQueue[parallelism];
        workers = new Thread[parallelism];
        for (int i = 0; i < parallelism; i++) {
            queues[i] = new WorkQueue(i);
        }
        for (int i = 0; i < parallelism; i++) {
            WorkQueue own = queues[i];
            WorkQueue victim = queues[(i + 1) % parallelism];
            workers[i] = new Thread(() -> runWorker(own, victim), "dispatcher-" + i);
            workers[i].setDaemon(true);
        }
    }

    public void start() {
        for (Thread w : workers) {
            w.start();
        }
    }

    public void submit(int actorShard, Runnable actorRun) {
        WorkQueue q = queues[Math.floorMod(actorShard, queues.length)];
        synchronized (q) {
            q.tasks.addLast(actorRun);
        }
    }

    private void runWorker(WorkQueue own, WorkQueue victim) {
        while (!Thread.currentThread().isInterrupted()) {
            Runnable task;
            synchronized (own) {
                task = own.tasks.pollFirst();
            }
            if (task == null) {
                task = steal(own, victim);
            }
            if (task != null) {
                task.run();
                executed.incrementAndGet();
            } else {
                LockSupport.parkNanos(50_000);
            }
        }
    }

    private Runnable steal(WorkQueue own, WorkQueue victim) {
        synchronized (own) {
            synchronized (victim) { // BUG: lock order is (own, victim); two workers stealing from each other deadlock
                int n = victim.tasks.size() / 2;
                for (int i = 0; i < n; i++) {
                    own.tasks.addLast(victim.tasks.pollLast());
                }
                return own.tasks.pollFirst();
            }
        }
    }

    public long executedCount() {
        return executed.get();
    }

    public static void main(String[] args) throws Exception {
        StealingDispatcher dispatcher = new StealingDispatcher(2);
        dispatcher.start();
        for (int round = 0; round < 1_000; round++) {
            for (int i = 0; i < 100; i++) {
                dispatcher.submit(round % 2, () -> Math.sqrt(System.nanoTime()));
            }
            Thread.sleep(1);
        }
        Thread.sleep(200);
        System.out.println("executed " + dispatcher.executedCount());
    }
}
