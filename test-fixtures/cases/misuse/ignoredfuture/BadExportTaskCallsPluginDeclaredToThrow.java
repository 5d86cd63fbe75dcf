package misuse.ignoredfuture;

import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * A nightly export hands each tenant's export to a pool and drops the future. The exporter is a plug-in
 * whose method is declared to throw: whatever implements it, a failed export ends up in the dropped
 * future and nobody hears of it.
 */
public class BadExportTaskCallsPluginDeclaredToThrow {
    interface UsageExporter {
        void export(String tenantId) throws Exception;
    }

    private final UsageExporter exporter;
    private final ExecutorService exportPool = Executors.newFixedThreadPool(4);

    BadExportTaskCallsPluginDeclaredToThrow(UsageExporter exporter) {
        this.exporter = exporter;
    }

    void runNightlyExport(List<String> tenants) {
        for (String tenant : tenants) {
            exportPool.submit(() -> { // expect: IgnoredFuture['(`exporter.export` is declared to throw `Exception` at BadExportTaskCallsPluginDeclaredToThrow.java:27)']
                exporter.export(tenant);
                return null;
            });
        }
    }
}
