// EXPECT: inconsistent-locking-unlocked-write @ line 50
package probe10a; import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Runs background jobs on dedicated threads, bounded by maxWorkers. submit()
 * is called concurrently by request threads; each worker thread reports its
 * own completion. shutdown() is called by the service container on stop.
 */
public class WorkerPoolSupervisor {

    private final int maxWorkers;
    private final Object lock = new Object();
    private final Set<Thread> workers = new HashSet<>();
    private final AtomicInteger threadIds = new AtomicInteger();
    private int activeWorkers;
    private long completedJobs;
    private boolean shuttingDown;

    public WorkerPoolSupervisor(int maxWorkers) {
        this.maxWorkers = maxWorkers;
    }

    public boolean submit(Runnable job) {
        synchronized (lock) {
            if (shuttingDown || activeWorkers >= maxWorkers) {
                return false;
            }
            activeWorkers++;
            Thread t = new Thread(() -> runJob(job), "job-worker-" + threadIds.incrementAndGet());
            workers.add(t);
            t.start();
            return true;
        }
    }

    private void runJob(Runnable job) {
        try {
            job.run();
        } catch (RuntimeException e) {
            System.err.println("job failed: " + e);
        } finally {
            synchronized (lock) {
                workers.remove(Thread.currentThread());
                completedJobs++;
            }
            activeWorkers--; // BUG: decremented by the worker thread outside `lock`, racing with the locked increment in submit()
        }
    }

    public int activeWorkers() {
        synchronized (lock) {
            return activeWorkers;
        }
    }

    public long completedJobs() {
        synchronized (lock) {
            return completedJobs;
        }
    }

    public void shutdown(long timeoutMillis) throws InterruptedException {
        List<Thread> snapshot;
        synchronized (lock) {
            shuttingDown = true;
            snapshot = new ArrayList<>(workers);
        }
        long deadline = System.currentTimeMillis() + timeoutMillis;
        for (Thread t : snapshot) {
            long remaining = deadline - System.currentTimeMillis();
            if (remaining <= 0) {
                break;
            }
            t.join(remaining);
        }
    }
}
