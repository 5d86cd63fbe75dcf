// EXPECT: race-read @ line 43
package recall3;

import java.util.Random;

/**
 * A sampler thread maintains a running count, mean and maximum in plain long/double fields;
 * a reporter thread prints them periodically without any synchronization, so it may observe
 * stale or torn (non-atomic 64-bit) values.
 */
public class StatsCollectorMain {

    static final class RunningStats {
        long count;
        double mean;
        double max = Double.NEGATIVE_INFINITY;

        void add(double x) {
            count++;
            mean += (x - mean) / count;
            if (x > max) {
                max = x;
            }
        }
    }

    public static void main(String[] args) throws InterruptedException {
        RunningStats stats = new RunningStats();
        Thread sampler = new Thread(() -> {
            Random rnd = new Random(42);
            for (int i = 0; i < 5_000_000; i++) {
                stats.add(rnd.nextGaussian() * 10 + 100);
            }
        }, "sampler");
        Thread reporter = new Thread(() -> {
            for (int i = 0; i < 10; i++) {
                try {
                    Thread.sleep(10);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return;
                }
                System.out.printf("n=%d mean=%.3f max=%.3f%n", stats.count, stats.mean, stats.max);
            }
        }, "reporter");
        sampler.start();
        reporter.start();
        sampler.join();
        reporter.join();
        System.out.printf("final n=%d mean=%.3f%n", stats.count, stats.mean);
    }
}
