// EXPECT: ignored-future-failure @ line 48
package probe6a;

import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.logging.Logger;

/**
 * Nightly CSV export of usage reports for every tenant.
 *
 * <p>A scheduler thread fires {@link #runNightlyExport()} once per day; the actual exports are
 * fanned out onto a bounded export pool. When the batch is done the tenant admins get a
 * "your report is ready" email.
 */
public final class ReportExportScheduler {

    private static final Logger LOG = Logger.getLogger(ReportExportScheduler.class.getName());

    interface TenantDirectory {
        List<String> activeTenants();
    }

    interface UsageExporter {
        /** Writes the CSV to object storage; throws on storage or query failures. */
        void export(String tenantId) throws Exception;
    }

    interface Notifier {
        void reportReady(String tenantId);
    }

    private final TenantDirectory tenants;
    private final UsageExporter exporter;
    private final Notifier notifier;
    private final ExecutorService exportPool = Executors.newFixedThreadPool(6);

    ReportExportScheduler(TenantDirectory tenants, UsageExporter exporter, Notifier notifier) {
        this.tenants = tenants;
        this.exporter = exporter;
        this.notifier = notifier;
    }

    void runNightlyExport() {
        for (String tenant : tenants.activeTenants()) {
            exportPool.submit(() -> { // BUG: returned Future is dropped; export exceptions are silently swallowed
                exporter.export(tenant);
                notifier.reportReady(tenant);
                return null;
            });
        }
        LOG.info("nightly export batch dispatched");
    }

    public static void main(String[] args) throws InterruptedException {
        ReportExportScheduler scheduler = new ReportExportScheduler(
                () -> List.of("acme", "globex", "initech"),
                tenant -> {
                    if (tenant.equals("globex")) {
                        throw new IllegalStateException("S3 bucket quota exceeded");
                    }
                },
                tenant -> System.out.println("report ready for " + tenant));

        ScheduledExecutorService cron = Executors.newSingleThreadScheduledExecutor();
        cron.scheduleAtFixedRate(scheduler::runNightlyExport, 0, 24, TimeUnit.HOURS);
        Thread.sleep(500);
        cron.shutdownNow();
        scheduler.exportPool.shutdown();
        scheduler.exportPool.awaitTermination(5, TimeUnit.SECONDS);
    }
}
