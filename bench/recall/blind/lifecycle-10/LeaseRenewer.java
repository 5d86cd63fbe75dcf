// EXPECT: this-escape @ line 27
package probe10a; import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

/**
 * Keeps leases on held resources alive. Built by the service container with
 * the shared scheduler; acquire()/release() are called from request threads
 * while renewAll() runs periodically on the scheduler's threads.
 */
public class LeaseRenewer implements AutoCloseable {

    public interface LeaseClient {
        boolean renew(String leaseId, Duration ttl);
    }

    private final ScheduledFuture<?> renewal;
    private final LeaseClient client;
    private final Duration ttl;
    private final Map<String, Instant> leases;

    public LeaseRenewer(ScheduledExecutorService scheduler, LeaseClient client, Duration ttl) {
        this.renewal = scheduler.scheduleAtFixedRate(this::renewAll, 0, ttl.toMillis() / 3, TimeUnit.MILLISECONDS); // BUG: `this` escapes to the scheduler thread before client, ttl and leases are assigned; the first run can see nulls
        this.client = client;
        this.ttl = ttl;
        this.leases = new ConcurrentHashMap<>();
    }

    public void acquire(String leaseId) {
        leases.put(leaseId, Instant.now().plus(ttl));
    }

    public void release(String leaseId) {
        leases.remove(leaseId);
    }

    public boolean isHeld(String leaseId) {
        Instant expiry = leases.get(leaseId);
        return expiry != null && expiry.isAfter(Instant.now());
    }

    private void renewAll() {
        for (Map.Entry<String, Instant> e : leases.entrySet()) {
            String leaseId = e.getKey();
            try {
                if (client.renew(leaseId, ttl)) {
                    leases.replace(leaseId, e.getValue(), Instant.now().plus(ttl));
                } else {
                    leases.remove(leaseId, e.getValue());
                }
            } catch (RuntimeException ex) {
                System.err.println("renewal of " + leaseId + " failed: " + ex);
            }
        }
    }

    @Override
    public void close() {
        renewal.cancel(false);
        leases.clear();
    }
}
