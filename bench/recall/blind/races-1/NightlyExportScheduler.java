// EXPECT: mutable-collection-captured-by-task-then-modified @ line 22
package probe.races;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/** Submits per-tenant export jobs to a background runner. */
public class NightlyExportScheduler {
    private final ExecutorService jobRunner = Executors.newFixedThreadPool(2);

    public Future<String> submitExport(String tenant, List<String> tables) {
        Map<String, String> jobParams = new HashMap<>();
        jobParams.put("tenant", tenant);
        jobParams.put("format", "parquet");
        Future<String> result = jobRunner.submit(() -> runExport(jobParams));
        for (String table : tables) {
            jobParams.put("table." + table, "include"); // BUG: submitter keeps mutating the HashMap already captured by the running export task
        }
        return result;
    }

    private String runExport(Map<String, String> params) {
        StringBuilder manifest = new StringBuilder();
        for (Map.Entry<String, String> e : params.entrySet()) {
            manifest.append(e.getKey()).append('=').append(e.getValue()).append('\n');
        }
        return manifest.toString();
    }

    public void shutdown() {
        jobRunner.shutdown();
    }

    public static void main(String[] args) throws Exception {
        NightlyExportScheduler scheduler = new NightlyExportScheduler();
        List<String> tables = new ArrayList<>();
        for (int i = 0; i < 200; i++) {
            tables.add("events_" + i);
        }
        List<Future<String>> jobs = new ArrayList<>();
        for (String tenant : List.of("acme", "globex", "initech")) {
            jobs.add(scheduler.submitExport(tenant, tables));
        }
        for (Future<String> job : jobs) {
            System.out.println("manifest lines: " + job.get().lines().count());
        }
        scheduler.shutdown();
    }
}
