// EXPECT: none
package probe12b; import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.BiConsumer;

/*
 * Gauges for the JDBC connection pool: current checkouts and the peak since the last report.
 * onCheckout/onReturn are called from arbitrary worker threads; a scheduler reports every 15s.
 */
public class ConnectionPoolGauge {

    private final Object lock = new Object();
    private int inUse;
    private int peakInUse;
    private final BiConsumer<String, Integer> publisher;
    private final ScheduledExecutorService reporter = Executors.newSingleThreadScheduledExecutor();

    public ConnectionPoolGauge(BiConsumer<String, Integer> publisher) {
        this.publisher = publisher;
    }

    public void start() {
        reporter.scheduleAtFixedRate(this::report, 15, 15, TimeUnit.SECONDS);
    }

    public void onCheckout() {
        adjust(1);
    }

    public void onReturn() {
        adjust(-1);
    }

    private void adjust(int delta) {
        synchronized (lock) {
            inUse += delta; // OK: every read and write of inUse/peakInUse happens while holding lock
            if (inUse > peakInUse) {
                peakInUse = inUse;
            }
        }
    }

    private void report() {
        int current;
        int peak;
        synchronized (lock) {
            current = inUse;
            peak = peakInUse;
            peakInUse = inUse;
        }
        publisher.accept("db.pool.in_use", current);
        publisher.accept("db.pool.peak_in_use", peak);
    }

    public void stop() {
        reporter.shutdown();
    }

    public static void main(String[] args) throws InterruptedException {
        ConnectionPoolGauge gauge = new ConnectionPoolGauge((k, v) -> System.out.println(k + "=" + v));
        gauge.start();
        ExecutorService workers = Executors.newFixedThreadPool(6);
        for (int i = 0; i < 5_000; i++) {
            workers.execute(() -> {
                gauge.onCheckout();
                Thread.onSpinWait();
                gauge.onReturn();
            });
        }
        workers.shutdown();
        workers.awaitTermination(5, TimeUnit.SECONDS);
        gauge.report();
        gauge.stop();
    }
}
