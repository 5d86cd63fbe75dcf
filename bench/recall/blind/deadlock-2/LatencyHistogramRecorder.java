// EXPECT: none
package probe2.dl;

import java.util.Arrays;
import java.util.concurrent.locks.ReentrantLock;

// OK: lock() is immediately followed by try, and the parsing that can throw (NumberFormatException, ArrayIndexOutOfBounds) happens inside that try, so the finally always releases the lock
public class LatencyHistogramRecorder {
    private static final long[] BUCKET_UPPER_MS = {1, 5, 10, 50, 100, 500, 1_000, Long.MAX_VALUE};

    private final ReentrantLock lock = new ReentrantLock();
    private final long[] counts = new long[BUCKET_UPPER_MS.length];
    private long negativeSamples;
    private long total;

    /** Accepts access-log lines whose last field is the request latency in ms. */
    public void recordLine(String line) {
        lock.lock();
        try {
            String[] fields = line.trim().split("\\s+");
            long millis = Long.parseLong(fields[fields.length - 1]);
            if (millis < 0) {
                negativeSamples++;
                return;
            }
            counts[bucketFor(millis)]++;
            total++;
        } finally {
            lock.unlock();
        }
    }

    private static int bucketFor(long millis) {
        for (int i = 0; i < BUCKET_UPPER_MS.length; i++) {
            if (millis <= BUCKET_UPPER_MS[i]) {
                return i;
            }
        }
        return BUCKET_UPPER_MS.length - 1;
    }

    public long[] snapshotAndReset() {
        lock.lock();
        try {
            long[] copy = counts.clone();
            Arrays.fill(counts, 0L);
            total = 0;
            return copy;
        } finally {
            lock.unlock();
        }
    }

    public double fractionAtOrBelow(long millis) {
        lock.lock();
        try {
            if (total == 0) {
                return 1.0;
            }
            long below = 0;
            for (int i = 0; i < counts.length && BUCKET_UPPER_MS[i] <= millis; i++) {
                below += counts[i];
            }
            return (double) below / total;
        } finally {
            lock.unlock();
        }
    }

    public long negativeSamples() {
        lock.lock();
        try {
            return negativeSamples;
        } finally {
            lock.unlock();
        }
    }
}
