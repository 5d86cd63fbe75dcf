// EXPECT: none
package probe15c; import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * Fires registered interval jobs from a single scheduler thread onto a
 * worker pool. halt() is invoked from an admin request thread.
 */
public class IntervalScheduler extends Thread {
    static final class IntervalJob {
        final String name;
        final long intervalMillis;
        final Runnable action;
        long dueAt;

        IntervalJob(String name, long intervalMillis, Runnable action) {
            this.name = name;
            this.intervalMillis = intervalMillis;
            this.action = action;
            this.dueAt = System.currentTimeMillis() + intervalMillis;
        }
    }

    private final List<IntervalJob> jobs = new CopyOnWriteArrayList<>();
    private final ExecutorService workers = Executors.newFixedThreadPool(2);
    private boolean active = true; // OK: only read and written through the synchronized isActive()/halt(), which give happens-before

    public IntervalScheduler() {
        super("interval-scheduler");
    }

    public void register(String name, long intervalMillis, Runnable action) {
        jobs.add(new IntervalJob(name, intervalMillis, action));
    }

    private synchronized boolean isActive() {
        return active;
    }

    public synchronized void halt() {
        active = false;
    }

    @Override
    public void run() {
        while (isActive()) {
            long now = System.currentTimeMillis();
            for (IntervalJob job : jobs) {
                if (job.dueAt <= now) {
                    job.dueAt = now + job.intervalMillis;
                    workers.execute(job.action);
                }
            }
            long deadline = now + 500;
            while (System.currentTimeMillis() < deadline) {
                Thread.onSpinWait();
            }
        }
        workers.shutdown();
    }

    public static void main(String[] args) throws InterruptedException {
        IntervalScheduler scheduler = new IntervalScheduler();
        scheduler.register("refresh-cache", 1000, () -> System.out.println("cache refreshed"));
        scheduler.register("flush-metrics", 1500, () -> System.out.println("metrics flushed"));
        scheduler.start();
        Thread admin = new Thread(() -> {
            try {
                Thread.sleep(5000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            scheduler.halt();
        }, "admin-request");
        admin.start();
        admin.join();
        scheduler.join();
    }
}
