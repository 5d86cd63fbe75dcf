// EXPECT: none
package probe4.safe;

import java.util.Arrays;
import java.util.Random;

// Scans latency shards with one thread per shard and merges the histograms afterwards.
// OK: each HistogramAccumulator (documented not thread-safe) is used by exactly one worker; main reads it only after Thread.join
public class StartJoinShardScanner {

    /** Fixed-bucket latency histogram. Not thread-safe: confine to a single thread. */
    static final class HistogramAccumulator {
        private final long[] buckets = new long[8];
        private long count;
        private long max;

        void record(long micros) {
            int b = Math.min(buckets.length - 1, (63 - Long.numberOfLeadingZeros(Math.max(1, micros))) / 2);
            buckets[b]++;
            count++;
            if (micros > max) {
                max = micros;
            }
        }

        void mergeInto(HistogramAccumulator target) {
            for (int i = 0; i < buckets.length; i++) {
                target.buckets[i] += buckets[i];
            }
            target.count += count;
            target.max = Math.max(target.max, max);
        }
    }

    private final long[][] shards;

    public StartJoinShardScanner(long[][] shards) {
        this.shards = shards;
    }

    public HistogramAccumulator scan() throws InterruptedException {
        HistogramAccumulator[] partials = new HistogramAccumulator[shards.length];
        Thread[] workers = new Thread[shards.length];
        for (int i = 0; i < shards.length; i++) {
            final int shard = i;
            partials[shard] = new HistogramAccumulator();
            workers[shard] = new Thread(() -> {
                HistogramAccumulator acc = partials[shard];
                for (long v : shards[shard]) {
                    acc.record(v);
                }
            }, "scan-" + shard);
            workers[shard].start();
        }
        HistogramAccumulator total = new HistogramAccumulator();
        for (int i = 0; i < workers.length; i++) {
            workers[i].join();
            partials[i].mergeInto(total);
        }
        return total;
    }

    public static void main(String[] args) throws InterruptedException {
        Random rnd = new Random(7);
        long[][] shards = new long[5][];
        for (int s = 0; s < shards.length; s++) {
            shards[s] = new long[20_000];
            for (int i = 0; i < shards[s].length; i++) {
                shards[s][i] = 1 + (long) Math.abs(rnd.nextGaussian() * 5000);
            }
        }
        HistogramAccumulator h = new StartJoinShardScanner(shards).scan();
        System.out.println("count=" + h.count + " max=" + h.max + " buckets=" + Arrays.toString(h.buckets));
    }
}
