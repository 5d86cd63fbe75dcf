// EXPECT: none
package probe6a;

import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

/**
 * Tracks per-tenant storage quotas for the file-upload service.
 *
 * <p>{@link #reserve(String, long)} is called by every upload request thread before bytes are
 * accepted; {@link #release(String, long)} is called when an upload is deleted. Every access to
 * {@link #usageByTenant} happens while holding {@link #lock}.
 */
public final class TenantQuotaRegistry {

    private static final long DEFAULT_QUOTA_BYTES = 10L * 1024 * 1024 * 1024;

    static final class TenantUsage {
        long quotaBytes;
        long usedBytes;

        TenantUsage(long quotaBytes) {
            this.quotaBytes = quotaBytes;
        }
    }

    private final Object lock = new Object();
    private final Map<String, TenantUsage> usageByTenant = new HashMap<>();

    /** @return true if the tenant may store {@code bytes} more bytes; the bytes are then reserved. */
    public boolean reserve(String tenantId, long bytes) {
        synchronized (lock) {
            if (!usageByTenant.containsKey(tenantId)) {
                usageByTenant.put(tenantId, new TenantUsage(DEFAULT_QUOTA_BYTES)); // OK: containsKey/put and all other map accesses happen under the same lock
            }
            TenantUsage usage = usageByTenant.get(tenantId);
            if (usage.usedBytes + bytes > usage.quotaBytes) {
                return false;
            }
            usage.usedBytes += bytes;
            return true;
        }
    }

    public void release(String tenantId, long bytes) {
        synchronized (lock) {
            TenantUsage usage = usageByTenant.get(tenantId);
            if (usage != null) {
                usage.usedBytes = Math.max(0, usage.usedBytes - bytes);
            }
        }
    }

    public long usedBytes(String tenantId) {
        synchronized (lock) {
            TenantUsage usage = usageByTenant.get(tenantId);
            return usage == null ? 0 : usage.usedBytes;
        }
    }

    public static void main(String[] args) throws InterruptedException {
        TenantQuotaRegistry registry = new TenantQuotaRegistry();
        ExecutorService uploadThreads = Executors.newFixedThreadPool(16);
        for (int i = 0; i < 10_000; i++) {
            String tenant = "tenant-" + (i % 20);
            uploadThreads.execute(() -> {
                if (registry.reserve(tenant, 4096)) {
                    registry.release(tenant, 1024);
                }
            });
        }
        uploadThreads.shutdown();
        uploadThreads.awaitTermination(10, TimeUnit.SECONDS);
        System.out.println("tenant-0 used " + registry.usedBytes("tenant-0"));
    }
}
