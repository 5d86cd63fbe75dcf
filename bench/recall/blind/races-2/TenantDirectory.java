// EXPECT: check-then-act-synchronizedmap-containskey-put @ line 33
package probe2.races;

import java.util.Collections;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Resolves per-tenant contexts lazily. Creating a context opens a dedicated
 * connection pool, so each tenant must get exactly one context.
 */
public class TenantDirectory {

    static final class TenantContext {
        final String tenantId;
        final String schema;

        TenantContext(String tenantId, String schema) {
            this.tenantId = tenantId;
            this.schema = schema;
        }
    }

    private final Map<String, TenantContext> contexts = Collections.synchronizedMap(new HashMap<>());
    private final AtomicInteger openPools = new AtomicInteger();

    public TenantContext resolve(String tenantId) {
        if (!contexts.containsKey(tenantId)) {
            contexts.put(tenantId, openContext(tenantId)); // BUG: containsKey/put on a synchronizedMap is not atomic; two request threads both open a pool
        }
        return contexts.get(tenantId);
    }

    private TenantContext openContext(String tenantId) {
        openPools.incrementAndGet();
        return new TenantContext(tenantId, "tenant_" + tenantId.replace('-', '_'));
    }

    public int openPoolCount() {
        return openPools.get();
    }

    public int tenantCount() {
        return contexts.size();
    }

    public static void main(String[] args) throws InterruptedException {
        TenantDirectory directory = new TenantDirectory();
        ExecutorService requestThreads = Executors.newFixedThreadPool(12);
        for (int i = 0; i < 2_000; i++) {
            String tenant = "acme-" + (i % 25);
            requestThreads.execute(() -> directory.resolve(tenant).schema.length());
        }
        requestThreads.shutdown();
        requestThreads.awaitTermination(10, TimeUnit.SECONDS);
        System.out.println("tenants=" + directory.tenantCount()
                + " pools opened=" + directory.openPoolCount());
    }
}
