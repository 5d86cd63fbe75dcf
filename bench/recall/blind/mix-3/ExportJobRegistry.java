// EXPECT: none
package probe3.mix;

import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

/**
 * Base class for export jobs. All job types share one static table of
 * running jobs per destination bucket.
 */
// OK: locks the class literal ExportJobRegistry.class, which is the same monitor for every subclass, so the shared static map is consistently guarded
public class ExportJobRegistry {

    private static final Map<String, Integer> RUNNING_BY_BUCKET = new HashMap<>();
    private static final int MAX_PER_BUCKET = 4;

    protected final String bucket;

    protected ExportJobRegistry(String bucket) {
        this.bucket = bucket;
    }

    protected boolean claimSlot() {
        synchronized (ExportJobRegistry.class) {
            int running = RUNNING_BY_BUCKET.getOrDefault(bucket, 0);
            if (running >= MAX_PER_BUCKET) {
                return false;
            }
            RUNNING_BY_BUCKET.put(bucket, running + 1);
            return true;
        }
    }

    protected void releaseSlot() {
        synchronized (ExportJobRegistry.class) {
            RUNNING_BY_BUCKET.merge(bucket, -1, Integer::sum);
        }
    }

    static Map<String, Integer> runningSnapshot() {
        synchronized (ExportJobRegistry.class) {
            return Map.copyOf(RUNNING_BY_BUCKET);
        }
    }

    public static class CsvExport extends ExportJobRegistry {
        public CsvExport(String bucket) { super(bucket); }
    }

    public static class ParquetExport extends ExportJobRegistry {
        public ParquetExport(String bucket) { super(bucket); }
    }

    public static void main(String[] args) throws InterruptedException {
        ExportJobRegistry csv = new CsvExport("s3://exports");
        ExportJobRegistry parquet = new ParquetExport("s3://exports");
        ExecutorService exec = Executors.newFixedThreadPool(8);
        for (int i = 0; i < 400; i++) {
            ExportJobRegistry job = i % 2 == 0 ? csv : parquet;
            exec.execute(() -> {
                if (job.claimSlot()) {
                    job.releaseSlot();
                }
            });
        }
        exec.shutdown();
        exec.awaitTermination(10, TimeUnit.SECONDS);
        System.out.println(runningSnapshot());
    }
}
