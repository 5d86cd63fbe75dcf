// EXPECT: unlock-not-in-finally @ line 45
package probe5.locks;

import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.locks.ReentrantLock;

/**
 * Aggregates latency samples per metric name into simple histograms that are
 * periodically scraped by a reporting thread.
 */
public class MetricsAggregator {

    /** Fixed-bucket histogram; not thread-safe on its own. */
    static final class Histogram {
        private final long[] buckets = new long[16];
        private long count;

        Histogram(String name) {
            // name kept only for debugging output in real deployments
        }

        void add(long micros) {
            if (micros < 0) {
                throw new IllegalArgumentException("negative latency: " + micros);
            }
            int bucket = Math.min(buckets.length - 1, 63 - Long.numberOfLeadingZeros(micros + 1));
            buckets[bucket]++;
            count++;
        }

        long count() {
            return count;
        }
    }

    private final Map<String, Histogram> histograms = new HashMap<>();
    private final ReentrantLock lock = new ReentrantLock();

    /** Records one sample; negative samples are rejected with an exception. */
    public void record(String metric, long micros) {
        lock.lock();
        Histogram histogram = histograms.computeIfAbsent(metric, Histogram::new);
        histogram.add(micros);
        lock.unlock(); // BUG: unlock not in finally; an exception from add() leaves the lock held forever and blocks all other recorders/scrapers
    }

    /** Returns the number of samples recorded for a metric. */
    public long count(String metric) {
        lock.lock();
        try {
            Histogram histogram = histograms.get(metric);
            return histogram == null ? 0 : histogram.count();
        } finally {
            lock.unlock();
        }
    }

    /** Clears all histograms after a scrape. */
    public void reset() {
        lock.lock();
        try {
            histograms.clear();
        } finally {
            lock.unlock();
        }
    }

    public static void main(String[] args) throws InterruptedException {
        MetricsAggregator metrics = new MetricsAggregator();
        Thread recorder = new Thread(() -> {
            for (int i = 0; i < 10_000; i++) {
                try {
                    metrics.record("http.latency", i % 1000 == 999 ? -1 : i);
                } catch (IllegalArgumentException e) {
                    System.err.println("rejected sample: " + e.getMessage());
                }
            }
        }, "recorder");
        recorder.start();
        recorder.join();
        System.out.println("samples=" + metrics.count("http.latency"));
    }
}
