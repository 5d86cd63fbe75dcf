// EXPECT: none
package probe14c; import java.time.Clock;
import java.util.Objects;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.logging.Logger;

/**
 * Holds a lease on a partition and keeps it alive. Renewal happens on a
 * dedicated single-threaded scheduler; {@link #isHolding()} is called by
 * many request handler threads at once.
 */
public class LeaseHolder implements AutoCloseable {

    private static final Logger LOG = Logger.getLogger(LeaseHolder.class.getName());

    public interface LeaseBackend {
        /** Returns the new expiry in epoch millis, or -1 if the lease was lost. */
        long extend(String partition, String holder, long ttlMillis);
    }

    private final String partition;
    private final String holder;
    private final long ttlMillis;
    private final LeaseBackend backend;
    private final Clock clock;
    private final ScheduledExecutorService scheduler;
    private final AtomicLong renewals = new AtomicLong();
    private final AtomicBoolean started = new AtomicBoolean();

    // written only by the renewal thread
    private volatile long leaseExpiry;
    // confined to the renewal thread
    private int failuresInARow;

    public LeaseHolder(String partition, String holder, long ttlMillis, LeaseBackend backend, Clock clock) {
        this.partition = Objects.requireNonNull(partition);
        this.holder = Objects.requireNonNull(holder);
        this.ttlMillis = ttlMillis;
        this.backend = Objects.requireNonNull(backend);
        this.clock = Objects.requireNonNull(clock);
        this.scheduler = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "lease-holder-" + partition);
            t.setDaemon(true);
            return t;
        });
    }

    public void start() {
        if (!started.compareAndSet(false, true)) {
            return;
        }
        scheduler.scheduleWithFixedDelay(this::extendOnce, 0, ttlMillis / 3, TimeUnit.MILLISECONDS);
    }

    private void extendOnce() {
        long expiry;
        try {
            expiry = backend.extend(partition, holder, ttlMillis);
        } catch (RuntimeException e) {
            LOG.warning("extending lease on " + partition + " failed: " + e);
            expiry = -1;
        }
        if (expiry < 0) {
            failuresInARow++;
            leaseExpiry = 0;
            if (failuresInARow == 3) {
                LOG.warning("lost lease on " + partition + " three times in a row");
            }
        } else {
            failuresInARow = 0;
            leaseExpiry = expiry;
            renewals.incrementAndGet();
        }
    }

    /** Called from request handler threads. */
    public boolean isHolding() {
        return clock.millis() < leaseExpiry; // OK: leaseExpiry is volatile and has a single writer (the renewal thread)
    }

    public long renewalCount() {
        return renewals.get();
    }

    @Override
    public void close() {
        scheduler.shutdownNow();
    }
}
