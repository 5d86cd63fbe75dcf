// EXPECT: none
package probe5.batch;

// OK: each task returns its partial through a Future (no shared mutable state); the total is a local variable of the calling thread and every Future is checked with get()
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

/**
 * Aggregates invoice totals per billing shard by fanning out one task per
 * shard on an executor and folding the returned partials on the caller thread.
 */
public class ExecutorFanOutAggregator {

    /** Immutable invoice line. */
    public record Invoice(String shard, long cents) {}

    private final ExecutorService pool;

    public ExecutorFanOutAggregator(int threads) {
        this.pool = Executors.newFixedThreadPool(threads);
    }

    private static long shardTotal(List<Invoice> shard) {
        long sum = 0;
        for (Invoice inv : shard) {
            sum += inv.cents();
        }
        return sum;
    }

    public long aggregate(List<List<Invoice>> shards) throws InterruptedException {
        List<Callable<Long>> tasks = new ArrayList<>();
        for (List<Invoice> shard : shards) {
            List<Invoice> frozen = List.copyOf(shard);
            tasks.add(() -> shardTotal(frozen));
        }
        long total = 0;
        for (Future<Long> partial : pool.invokeAll(tasks)) {
            try {
                total += partial.get();
            } catch (ExecutionException e) {
                throw new IllegalStateException("shard aggregation failed", e.getCause());
            }
        }
        return total;
    }

    public void close() throws InterruptedException {
        pool.shutdown();
        if (!pool.awaitTermination(5, TimeUnit.SECONDS)) {
            pool.shutdownNow();
        }
    }

    public static void main(String[] args) throws InterruptedException {
        List<List<Invoice>> shards = new ArrayList<>();
        for (int s = 0; s < 12; s++) {
            List<Invoice> shard = new ArrayList<>();
            for (int i = 0; i < 10_000; i++) {
                shard.add(new Invoice("shard-" + s, (i * 37L) % 5_000));
            }
            shards.add(shard);
        }
        ExecutorFanOutAggregator aggregator = new ExecutorFanOutAggregator(4);
        try {
            System.out.println("total cents = " + aggregator.aggregate(shards));
        } finally {
            aggregator.close();
        }
    }
}
