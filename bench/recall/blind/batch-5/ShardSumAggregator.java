// EXPECT: lost-update @ line 29
package probe5.batch;

import java.util.ArrayList;
import java.util.List;

/**
 * Sums a large array of settled transaction amounts by splitting it into
 * contiguous shards, each folded by a dedicated worker thread. Every worker
 * computes a partial sum for its shard and then contributes that partial to
 * the aggregator's running grand total.
 */
public class ShardSumAggregator {

    private final long[] amounts;
    private final int shardCount;
    private long grandTotal;

    public ShardSumAggregator(long[] amounts, int shardCount) {
        if (shardCount <= 0) {
            throw new IllegalArgumentException("shardCount must be positive");
        }
        this.amounts = amounts;
        this.shardCount = shardCount;
    }

    /** Folds a shard's partial result into the running total. */
    private void contribute(long partial) {
        grandTotal += partial; // BUG: unsynchronized read-modify-write from several shard workers loses updates
    }

    private long sumRange(int from, int to) {
        long sum = 0;
        for (int i = from; i < to; i++) {
            sum += amounts[i];
        }
        return sum;
    }

    /**
     * Starts one worker per shard, waits for all of them and returns the total.
     * Intended to be called once per aggregator instance.
     */
    public long aggregate() throws InterruptedException {
        List<Thread> workers = new ArrayList<>();
        int chunk = (amounts.length + shardCount - 1) / shardCount;
        for (int shard = 0; shard < shardCount; shard++) {
            final int from = Math.min(shard * chunk, amounts.length);
            final int to = Math.min(from + chunk, amounts.length);
            Thread worker = new Thread(() -> contribute(sumRange(from, to)), "shard-" + shard);
            workers.add(worker);
            worker.start();
        }
        for (Thread worker : workers) {
            worker.join();
        }
        return grandTotal;
    }

    public static void main(String[] args) throws InterruptedException {
        long[] data = new long[200_000];
        for (int i = 0; i < data.length; i++) {
            data[i] = i % 97;
        }
        ShardSumAggregator aggregator = new ShardSumAggregator(data, 8);
        System.out.println("grand total = " + aggregator.aggregate());
    }
}
