package misuse.ignoredfuture;

import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The same export, but the task catches what the plug-in may throw and logs it: the dropped future
 * never holds a failure.
 */
public class GoodExportTaskHandlesPluginFailure {
    private static final Logger LOG = Logger.getLogger(GoodExportTaskHandlesPluginFailure.class.getName());

    interface UsageExporter {
        void export(String tenantId) throws Exception;
    }

    private final UsageExporter exporter;
    private final ExecutorService exportPool = Executors.newFixedThreadPool(4);

    GoodExportTaskHandlesPluginFailure(UsageExporter exporter) {
        this.exporter = exporter;
    }

    void runNightlyExport(List<String> tenants) {
        for (String tenant : tenants) {
            exportPool.submit(() -> {
                try {
                    exporter.export(tenant);
                } catch (Exception e) {
                    LOG.log(Level.WARNING, "export failed for " + tenant, e);
                }
            });
        }
    }
}
