// EXPECT: none
package probe5.locks;

import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;

/**
 * Fixed-capacity ring buffer that decouples telemetry collectors from the
 * uploader thread. Uses one lock with separate "not full" and "not empty"
 * conditions.
 */
// OK: lock/try/finally everywhere, each await is in a while loop, and each signal targets the condition whose predicate just changed
public class TelemetryRingBuffer {

    private final long[] samples;
    private final ReentrantLock lock = new ReentrantLock();
    private final Condition notFull = lock.newCondition();
    private final Condition notEmpty = lock.newCondition();
    private int head;
    private int tail;
    private int count;

    public TelemetryRingBuffer(int capacity) {
        this.samples = new long[capacity];
    }

    public void put(long sample) throws InterruptedException {
        lock.lockInterruptibly();
        try {
            while (count == samples.length) {
                notFull.await();
            }
            samples[tail] = sample;
            tail = (tail + 1) % samples.length;
            count++;
            notEmpty.signal();
        } finally {
            lock.unlock();
        }
    }

    /** Takes a sample, waiting at most {@code timeoutMillis}; returns -1 on timeout. */
    public long poll(long timeoutMillis) throws InterruptedException {
        long nanos = TimeUnit.MILLISECONDS.toNanos(timeoutMillis);
        lock.lockInterruptibly();
        try {
            while (count == 0) {
                if (nanos <= 0) {
                    return -1;
                }
                nanos = notEmpty.awaitNanos(nanos);
            }
            long sample = samples[head];
            head = (head + 1) % samples.length;
            count--;
            notFull.signal();
            return sample;
        } finally {
            lock.unlock();
        }
    }

    public static void main(String[] args) throws InterruptedException {
        TelemetryRingBuffer buffer = new TelemetryRingBuffer(8);
        Thread collector = new Thread(() -> {
            try {
                for (long i = 1; i <= 10_000; i++) {
                    buffer.put(i);
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }, "collector");
        collector.start();
        long sum = 0;
        int received = 0;
        while (received < 10_000) {
            long sample = buffer.poll(500);
            if (sample != -1) {
                sum += sample;
                received++;
            }
        }
        collector.join();
        System.out.println("uploaded sum=" + sum);
    }
}
