// EXPECT: none
package probe15c; import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

/**
 * Export job: the coordinating task runs on a single "export" thread and
 * splits the export into partitions rendered on a separate partition pool,
 * then concatenates them in order.
 */
public class ExportJobRunner {
    private final ExecutorService coordinator = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "export-coordinator");
        t.setDaemon(true);
        return t;
    });
    private final ExecutorService partitionPool = Executors.newFixedThreadPool(3, r -> {
        Thread t = new Thread(r, "export-partition");
        t.setDaemon(true);
        return t;
    });

    public Future<String> scheduleExport(List<String> partitions) {
        return coordinator.submit(() -> runExport(partitions));
    }

    private String runExport(List<String> partitions) throws InterruptedException, ExecutionException {
        List<Future<String>> parts = new ArrayList<>();
        for (String partition : partitions) {
            parts.add(partitionPool.submit(() -> renderPartition(partition)));
        }
        StringBuilder out = new StringBuilder("EXPORT\n");
        for (Future<String> part : parts) {
            out.append(part.get()).append('\n'); // OK: partitions run on partitionPool, whose tasks never block on the coordinator, so get() always completes
        }
        return out.toString();
    }

    private String renderPartition(String partition) {
        int checksum = 0;
        for (char c : partition.toCharArray()) {
            checksum = 31 * checksum + c;
        }
        return partition + " #" + Integer.toHexString(checksum);
    }

    public void shutdown() throws InterruptedException {
        coordinator.shutdown();
        coordinator.awaitTermination(5, TimeUnit.SECONDS);
        partitionPool.shutdown();
        partitionPool.awaitTermination(5, TimeUnit.SECONDS);
    }

    public static void main(String[] args) throws Exception {
        ExportJobRunner runner = new ExportJobRunner();
        Future<String> export = runner.scheduleExport(List.of("customers", "orders", "invoices", "refunds"));
        System.out.println(export.get(10, TimeUnit.SECONDS));
        runner.shutdown();
    }
}
