// EXPECT: none
package probe15c; import java.util.ArrayDeque;
import java.util.Deque;

/**
 * Worker threads that each own a job deque; when a worker runs dry it moves
 * part of a neighbour's backlog into its own deque.
 */
public class StealingWorkerGroup {
    static final class JobDeque {
        final int id;
        final Deque<Runnable> backlog = new ArrayDeque<>();

        JobDeque(int id) {
            this.id = id;
        }
    }

    private final JobDeque[] deques;
    private final Thread[] threads;
    private volatile boolean stopping;

    public StealingWorkerGroup(int size) {
        deques = new JobDeque[size];
        threads = new Thread[size];
        for (int i = 0; i < size; i++) {
            deques[i] = new JobDeque(i);
        }
        for (int i = 0; i < size; i++) {
            final JobDeque mine = deques[i];
            threads[i] = new Thread(() -> loop(mine), "group-worker-" + i);
            threads[i].start();
        }
    }

    public void post(int key, Runnable job) {
        JobDeque d = deques[Math.floorMod(key, deques.length)];
        synchronized (d) {
            d.backlog.addLast(job);
        }
    }

    private void loop(JobDeque mine) {
        while (!stopping) {
            Runnable job;
            synchronized (mine) {
                job = mine.backlog.pollFirst();
            }
            if (job != null) {
                job.run();
                continue;
            }
            JobDeque neighbour = deques[(mine.id + 1) % deques.length];
            if (rebalance(neighbour, mine) == 0) {
                Thread.onSpinWait();
            }
        }
    }

    private int rebalance(JobDeque from, JobDeque to) {
        if (from == to) {
            return 0;
        }
        JobDeque first = from.id < to.id ? from : to;
        JobDeque second = from.id < to.id ? to : from;
        synchronized (first) {
            synchronized (second) { // OK: locks are always taken in ascending id order, so no cycle can form
                int count = from.backlog.size() / 2;
                for (int i = 0; i < count; i++) {
                    to.backlog.addLast(from.backlog.pollLast());
                }
                return count;
            }
        }
    }

    public void stop() throws InterruptedException {
        stopping = true;
        for (Thread t : threads) {
            t.join();
        }
    }

    public static void main(String[] args) throws InterruptedException {
        StealingWorkerGroup group = new StealingWorkerGroup(2);
        for (int i = 0; i < 1000; i++) {
            final int n = i;
            group.post(n % 2, () -> Math.log1p(n));
        }
        Thread.sleep(1000);
        group.stop();
    }
}
