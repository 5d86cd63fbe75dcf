// EXPECT: race-write @ line 26
package recall3;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Latency benchmark: one thread per simulated client is started in a loop and all of them
 * record into the same Histogram instance, which has no synchronization.
 */
public class HistogramLoop {

    /** Simple fixed-bucket histogram. */
    static final class Histogram {
        private final long[] buckets;
        private final long bucketWidth;

        Histogram(int bucketCount, long bucketWidth) {
            this.buckets = new long[bucketCount];
            this.bucketWidth = bucketWidth;
        }

        void record(long value) {
            int idx = (int) Math.min(buckets.length - 1, value / bucketWidth);
            buckets[idx]++;
        }

        long total() {
            long sum = 0;
            for (long b : buckets) {
                sum += b;
            }
            return sum;
        }
    }

    public static void main(String[] args) throws InterruptedException {
        Histogram latencies = new Histogram(20, 5);
        List<Thread> clients = new ArrayList<>();
        for (int c = 0; c < 8; c++) {
            Thread client = new Thread(() -> {
                for (int i = 0; i < 100_000; i++) {
                    latencies.record(ThreadLocalRandom.current().nextLong(100));
                }
            }, "client-" + c);
            clients.add(client);
            client.start();
        }
        for (Thread client : clients) {
            client.join();
        }
        System.out.println("recorded " + latencies.total() + " samples (expected 800000)");
    }
}
