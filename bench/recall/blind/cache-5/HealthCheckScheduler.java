// EXPECT: stop-flag-visibility @ line 50
package probe5.cache;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;
import java.util.function.BooleanSupplier;

/**
 * Periodically runs registered health checks on a dedicated background thread and
 * keeps the latest result of each one for the {@code /health} endpoint.
 */
public class HealthCheckScheduler {

    private final Map<String, BooleanSupplier> checks = new ConcurrentHashMap<>();
    private final Map<String, Boolean> lastResults = new ConcurrentHashMap<>();
    private final long intervalNanos;
    private final Thread worker;
    private boolean running = true;

    public HealthCheckScheduler(long intervalMillis) {
        this.intervalNanos = TimeUnit.MILLISECONDS.toNanos(intervalMillis);
        this.worker = new Thread(new ProbeLoop(), "health-checks");
        this.worker.setDaemon(true);
    }

    public void register(String name, BooleanSupplier check) {
        checks.put(name, check);
    }

    public void start() {
        worker.start();
    }

    /** Asks the probe loop to finish and waits for it. */
    public void stop() throws InterruptedException {
        running = false;
        worker.join();
    }

    public boolean healthy() {
        return lastResults.values().stream().allMatch(Boolean::booleanValue);
    }

    /** Body of the background thread. */
    private final class ProbeLoop implements Runnable {
        @Override
        public void run() {
            while (running) { // BUG: stop flag is a plain field written by stop() on another thread; the loop may never observe the update
                for (Map.Entry<String, BooleanSupplier> e : checks.entrySet()) {
                    lastResults.put(e.getKey(), runSafely(e.getValue()));
                }
                LockSupport.parkNanos(intervalNanos);
            }
        }

        private boolean runSafely(BooleanSupplier check) {
            try {
                return check.getAsBoolean();
            } catch (RuntimeException ex) {
                return false;
            }
        }
    }

    public static void main(String[] args) throws InterruptedException {
        HealthCheckScheduler scheduler = new HealthCheckScheduler(10);
        scheduler.register("disk", () -> true);
        scheduler.register("database", () -> System.nanoTime() % 2 == 0);
        scheduler.start();
        Thread.sleep(100);
        System.out.println("healthy: " + scheduler.healthy());
        scheduler.stop();
    }
}
