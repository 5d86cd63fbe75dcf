// EXPECT: visibility-of-stop-flag @ line 30
package probe15c; import java.time.Instant;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * Minimal cron-style ticker: a dedicated thread wakes up every second, finds
 * entries whose next fire time has passed and hands them to a worker pool.
 * shutdown() is called from the application's main/shutdown-hook thread.
 */
public class CronTicker extends Thread {
    static final class CronEntry {
        final String name;
        final long periodMillis;
        final Runnable task;
        long nextFireAt;

        CronEntry(String name, long periodMillis, Runnable task) {
            this.name = name;
            this.periodMillis = periodMillis;
            this.task = task;
            this.nextFireAt = System.currentTimeMillis() + periodMillis;
        }
    }

    private final List<CronEntry> entries = new CopyOnWriteArrayList<>();
    private final ExecutorService pool = Executors.newFixedThreadPool(2);
    private boolean running = true; // BUG: stop flag written by shutdown() on another thread but not volatile; ticker loop may never observe it

    public CronTicker() {
        super("cron-ticker");
    }

    public void schedule(String name, long periodMillis, Runnable task) {
        entries.add(new CronEntry(name, periodMillis, task));
    }

    @Override
    public void run() {
        while (running) {
            long now = System.currentTimeMillis();
            for (CronEntry entry : entries) {
                if (entry.nextFireAt <= now) {
                    entry.nextFireAt = now + entry.periodMillis;
                    pool.execute(entry.task);
                }
            }
            long deadline = now + 1000;
            while (System.currentTimeMillis() < deadline) {
                Thread.onSpinWait();
            }
        }
        pool.shutdown();
    }

    public void shutdown() {
        running = false;
    }

    public static void main(String[] args) throws InterruptedException {
        CronTicker ticker = new CronTicker();
        ticker.schedule("purge-temp", 2000, () -> System.out.println("purge at " + Instant.now()));
        ticker.schedule("rotate-logs", 3000, () -> System.out.println("rotate at " + Instant.now()));
        ticker.start();
        Thread.sleep(10_000);
        ticker.shutdown();
        ticker.join();
    }
}
