// EXPECT: data-race-on-a-field @ line 78
package probe14c; import java.time.Clock;
import java.util.Objects;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.logging.Logger;

/**
 * Keeps a lease on a named resource alive by renewing it at a third of its TTL.
 * The renewal runs on an internal scheduler thread; {@link #hasValidLease()} is
 * called concurrently by request handler threads before doing leader-only work.
 */
public class LeaseRenewer implements AutoCloseable {

    private static final Logger LOG = Logger.getLogger(LeaseRenewer.class.getName());

    public interface LeaseStore {
        /** Returns the new expiry in epoch millis, or -1 if the lease is held by someone else. */
        long renew(String resource, String owner, long ttlMillis);
    }

    private final String resource;
    private final String owner;
    private final long ttlMillis;
    private final LeaseStore store;
    private final Clock clock;
    private final ScheduledExecutorService scheduler;

    private final Object lock = new Object();
    private long leaseExpiry;            // guarded by lock
    private int consecutiveFailures;     // guarded by lock
    private ScheduledFuture<?> renewal;  // guarded by lock

    public LeaseRenewer(String resource, String owner, long ttlMillis, LeaseStore store, Clock clock) {
        this.resource = Objects.requireNonNull(resource);
        this.owner = Objects.requireNonNull(owner);
        this.ttlMillis = ttlMillis;
        this.store = Objects.requireNonNull(store);
        this.clock = Objects.requireNonNull(clock);
        this.scheduler = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "lease-renewer-" + resource);
            t.setDaemon(true);
            return t;
        });
    }

    public void start() {
        synchronized (lock) {
            if (renewal == null) {
                renewal = scheduler.scheduleAtFixedRate(this::renewOnce, 0, ttlMillis / 3, TimeUnit.MILLISECONDS);
            }
        }
    }

    void renewOnce() {
        long newExpiry;
        try {
            newExpiry = store.renew(resource, owner, ttlMillis);
        } catch (RuntimeException e) {
            LOG.warning("lease renewal for " + resource + " failed: " + e);
            newExpiry = -1;
        }
        synchronized (lock) {
            if (newExpiry < 0) {
                consecutiveFailures++;
                leaseExpiry = 0;
            } else {
                consecutiveFailures = 0;
                leaseExpiry = newExpiry;
            }
        }
    }

    /** Called from request handler threads. */
    public boolean hasValidLease() {
        return clock.millis() < leaseExpiry; // BUG: leaseExpiry is guarded by lock but read here without it (racy, possibly torn long read)
    }

    public int consecutiveFailures() {
        synchronized (lock) {
            return consecutiveFailures;
        }
    }

    @Override
    public void close() {
        synchronized (lock) {
            if (renewal != null) {
                renewal.cancel(false);
            }
            leaseExpiry = 0;
        }
        scheduler.shutdownNow();
    }
}
