// EXPECT: none
package probe16b; import java.util.ArrayDeque;
import java.util.Deque;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.LockSupport;

/**
 * Per-thread run queues for actor invocations with simple load balancing:
 * an idle worker moves half of its neighbour's backlog into its own queue.
 * Neighbours are arranged in a ring, so workers routinely rebalance against
 * each other at the same time.
 */
public class BalancingDispatcher {

    static final class RunQueue {
        final int id;
        final Deque<Runnable> backlog = new ArrayDeque<>();

        RunQueue(int id) {
            this.id = id;
        }
    }

    private final RunQueue[] queues;
    private final Thread[] threads;
    private final AtomicLong completed = new AtomicLong();

    public BalancingDispatcher(int size) {
        queues = new RunQueue[size];
        threads = new Thread[size];
        for (int i = 0; i < size; i++) {
            queues[i] = new RunQueue(i);
        }
        for (int i = 0; i < size; i++) {
            RunQueue mine = queues[i];
            RunQueue neighbour = queues[(i + 1) % size];
            threads[i] = new Thread(() -> loop(mine, neighbour), "balancer-" + i);
            threads[i].setDaemon(true);
        }
    }

    public void start() {
        for (Thread t : threads) {
            t.start();
        }
    }

    public void dispatch(int shard, Runnable invocation) {
        RunQueue q = queues[Math.floorMod(shard, queues.length)];
        synchronized (q) {
            q.backlog.addLast(invocation);
        }
    }

    private void loop(RunQueue mine, RunQueue neighbour) {
        while (!Thread.currentThread().isInterrupted()) {
            Runnable next;
            synchronized (mine) {
                next = mine.backlog.pollFirst();
            }
            if (next == null) {
                next = rebalance(mine, neighbour);
            }
            if (next != null) {
                next.run();
                completed.incrementAndGet();
            } else {
                LockSupport.parkNanos(50_000);
            }
        }
    }

    private Runnable rebalance(RunQueue mine, RunQueue neighbour) {
        RunQueue first = mine.id < neighbour.id ? mine : neighbour;
        RunQueue second = first == mine ? neighbour : mine;
        synchronized (first) {
            synchronized (second) { // OK: every worker takes the two queue locks in ascending id order, so no cycle can form
                int n = neighbour.backlog.size() / 2;
                for (int i = 0; i < n; i++) {
                    mine.backlog.addLast(neighbour.backlog.pollLast());
                }
                return mine.backlog.pollFirst();
            }
        }
    }

    public long completedCount() {
        return completed.get();
    }

    public static void main(String[] args) throws Exception {
        BalancingDispatcher dispatcher = new BalancingDispatcher(2);
        dispatcher.start();
        for (int round = 0; round < 1_000; round++) {
            for (int i = 0; i < 100; i++) {
                dispatcher.dispatch(round % 2, () -> Math.sqrt(System.nanoTime()));
            }
            Thread.sleep(1);
        }
        Thread.sleep(200);
        System.out.println("completed " + dispatcher.completedCount());
    }
}
