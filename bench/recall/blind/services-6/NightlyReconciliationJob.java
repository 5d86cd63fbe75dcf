// EXPECT: none
package probe6a;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Compares our ledger against the bank statement, one partition (day bucket) per task, and
 * aggregates the mismatch counts for the ops dashboard.
 *
 * <p>The coordinator thread ({@link #run()}) fans out partitions to a worker pool and then
 * collects each partition's result.
 */
public final class NightlyReconciliationJob {

    /** Mutable result filled in by exactly one worker task, read by the coordinator afterwards. */
    static final class PartitionResult {
        final int partition;
        int rowsCompared;
        int mismatches;
        long mismatchedAmountCents;

        PartitionResult(int partition) {
            this.partition = partition;
        }
    }

    private final int partitions;
    private final ExecutorService workers;

    NightlyReconciliationJob(int partitions, ExecutorService workers) {
        this.partitions = partitions;
        this.workers = workers;
    }

    private Callable<PartitionResult> reconcilePartition(int partition) {
        return () -> {
            PartitionResult r = new PartitionResult(partition);
            for (int row = 0; row < 10_000; row++) {
                r.rowsCompared++;
                if ((row * 31 + partition) % 977 == 0) {
                    r.mismatches++;
                    r.mismatchedAmountCents += row % 5_000;
                }
            }
            return r;
        };
    }

    /** @return summary line; throws if any partition failed so the job is retried. */
    String run() throws InterruptedException, ExecutionException {
        List<Future<PartitionResult>> futures = new ArrayList<>();
        for (int p = 0; p < partitions; p++) {
            futures.add(workers.submit(reconcilePartition(p)));
        }
        int rows = 0;
        int mismatches = 0;
        long amount = 0;
        for (Future<PartitionResult> f : futures) {
            PartitionResult r = f.get();
            rows += r.rowsCompared;
            mismatches += r.mismatches; // OK: plain fields written by the worker are visible because Future.get() happens-after the task completed
            amount += r.mismatchedAmountCents;
        }
        return String.format("reconciled %d rows, %d mismatches, %d cents", rows, mismatches, amount);
    }

    public static void main(String[] args) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            System.out.println(new NightlyReconciliationJob(31, pool).run());
        } finally {
            pool.shutdown();
        }
    }
}
