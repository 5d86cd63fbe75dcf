// EXPECT: none
package probe3.mix;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Per-tenant storage quota tracker. Every tracker registers itself in a
 * process-wide lookup so the upload path can find it by tenant id.
 */
// OK: final class, every field is assigned before `this` is published as the very last constructor statement, into a ConcurrentHashMap whose put/get gives happens-before
public final class TenantQuotaTracker {

    private static final ConcurrentMap<String, TenantQuotaTracker> BY_TENANT = new ConcurrentHashMap<>();

    private final String tenantId;
    private final long quotaBytes;
    private final AtomicLong usedBytes;

    public TenantQuotaTracker(String tenantId, long quotaBytes) {
        if (quotaBytes <= 0) {
            throw new IllegalArgumentException("quota must be positive");
        }
        this.tenantId = tenantId;
        this.quotaBytes = quotaBytes;
        this.usedBytes = new AtomicLong();
        BY_TENANT.put(tenantId, this);
    }

    public static TenantQuotaTracker lookup(String tenantId) {
        return BY_TENANT.get(tenantId);
    }

    public boolean tryConsume(long bytes) {
        while (true) {
            long current = usedBytes.get();
            if (current + bytes > quotaBytes) {
                return false;
            }
            if (usedBytes.compareAndSet(current, current + bytes)) {
                return true;
            }
        }
    }

    public long remaining() {
        return quotaBytes - usedBytes.get();
    }

    public String tenantId() {
        return tenantId;
    }

    public static void main(String[] args) throws InterruptedException {
        ExecutorService uploads = Executors.newFixedThreadPool(6);
        for (String t : new String[] {"acme", "globex", "initech"}) {
            uploads.execute(() -> new TenantQuotaTracker(t, 1_000_000));
        }
        for (int i = 0; i < 3_000; i++) {
            final String tenant = i % 3 == 0 ? "acme" : i % 3 == 1 ? "globex" : "initech";
            uploads.execute(() -> {
                TenantQuotaTracker tracker = lookup(tenant);
                if (tracker != null) {
                    tracker.tryConsume(512);
                }
            });
        }
        uploads.shutdown();
        uploads.awaitTermination(10, TimeUnit.SECONDS);
        for (Map.Entry<String, TenantQuotaTracker> e : BY_TENANT.entrySet()) {
            System.out.println(e.getKey() + " remaining=" + e.getValue().remaining());
        }
    }
}
