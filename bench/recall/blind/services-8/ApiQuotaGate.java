// EXPECT: none
package probe8a; import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.LongConsumer;

/**
 * Per-minute request quota for the public API. acquire() is invoked concurrently
 * by request handler threads; the quota is replenished by a scheduled job and
 * remaining() is read by the metrics exporter and by the /admin/quota handler.
 */
public class ApiQuotaGate {

    private final long quotaPerMinute;
    private final ScheduledExecutorService scheduler =
            Executors.newScheduledThreadPool(1, r -> new Thread(r, "quota-replenisher"));

    private volatile long remaining;
    private long rejectedThisWindow;

    public ApiQuotaGate(long quotaPerMinute) {
        this.quotaPerMinute = quotaPerMinute;
        this.remaining = quotaPerMinute;
    }

    public void start(LongConsumer rejectedGauge) {
        scheduler.scheduleAtFixedRate(() -> rejectedGauge.accept(replenish()), 1, 1, TimeUnit.MINUTES);
    }

    public synchronized boolean acquire(int cost) {
        if (remaining >= cost) {
            remaining -= cost;
            return true;
        }
        rejectedThisWindow++;
        return false;
    }

    private synchronized long replenish() {
        long rejected = rejectedThisWindow;
        rejectedThisWindow = 0;
        remaining = quotaPerMinute;
        return rejected;
    }

    public long remaining() {
        return remaining; // OK: volatile single-variable read; all writes happen under the lock
    }

    public boolean nearlyExhausted() {
        return remaining() < quotaPerMinute / 10;
    }

    public void stop() {
        scheduler.shutdownNow();
    }
}
