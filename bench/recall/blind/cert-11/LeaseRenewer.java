// EXPECT: none
package probe11b; import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Renews distributed locks held by this process before their leases run out. acquire() and
 * release() are called by application threads; renewal runs on a background thread owned by
 * this renewer. Instances are obtained through start().
 */
public final class LeaseRenewer {

    public interface LeaseClient {
        boolean renew(String lease, long ttlMillis);
    }

    private final Thread renewer;
    private final Map<String, Long> held;
    private final LeaseClient client;
    private final long ttlMillis;

    private LeaseRenewer(LeaseClient client, long ttlMillis) {
        this.held = new ConcurrentHashMap<>();
        this.client = client;
        this.ttlMillis = ttlMillis;
        this.renewer = new Thread(this::renewLoop, "lease-renewer");
        this.renewer.setDaemon(true);
    }

    public static LeaseRenewer start(LeaseClient client, long ttlMillis) {
        LeaseRenewer r = new LeaseRenewer(client, ttlMillis);
        r.renewer.start(); // OK: started only after the constructor has finished; Thread.start() happens-before the renewer's reads, and the class is final
        return r;
    }

    public void acquire(String lease) {
        held.put(lease, System.currentTimeMillis());
    }

    public void release(String lease) {
        held.remove(lease);
    }

    public void shutdown() {
        renewer.interrupt();
    }

    private void renewLoop() {
        while (!Thread.currentThread().isInterrupted()) {
            for (Map.Entry<String, Long> entry : held.entrySet()) {
                String lease = entry.getKey();
                if (client.renew(lease, ttlMillis)) {
                    held.computeIfPresent(lease, (k, v) -> System.currentTimeMillis());
                } else {
                    held.remove(lease, entry.getValue());
                }
            }
            try {
                Thread.sleep(Math.max(10, ttlMillis / 3));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    public static void main(String[] args) throws InterruptedException {
        LeaseRenewer renewer = LeaseRenewer.start((lease, ttl) -> true, 300);
        Thread app = new Thread(() -> {
            renewer.acquire("jobs/scheduler");
            renewer.acquire("jobs/compactor");
        }, "app");
        app.start();
        app.join();
        Thread.sleep(400);
        renewer.release("jobs/compactor");
        renewer.shutdown();
    }
}
