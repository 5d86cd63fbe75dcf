// EXPECT: none
package probe2.dl;

import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;

// OK: one Condition per predicate (notFull only has producers waiting, notEmpty only consumers), each await() is in a while loop, and every operation that frees or fills k slots signals the matching condition, so signal() always wakes a thread that can make progress
public class TelemetryRingBuffer {
    private final ReentrantLock lock = new ReentrantLock();
    private final Condition notFull = lock.newCondition();
    private final Condition notEmpty = lock.newCondition();
    private final double[] samples;
    private int head;
    private int tail;
    private int count;

    public TelemetryRingBuffer(int capacity) {
        this.samples = new double[capacity];
    }

    public void offer(double sample) throws InterruptedException {
        lock.lock();
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

    public double take() throws InterruptedException {
        lock.lock();
        try {
            while (count == 0) {
                notEmpty.await();
            }
            double sample = samples[head];
            head = (head + 1) % samples.length;
            count--;
            notFull.signal();
            return sample;
        } finally {
            lock.unlock();
        }
    }

    /** Moves up to out.length samples without blocking; returns how many were moved. */
    public int drainTo(double[] out) {
        lock.lock();
        try {
            int n = Math.min(out.length, count);
            for (int i = 0; i < n; i++) {
                out[i] = samples[head];
                head = (head + 1) % samples.length;
            }
            count -= n;
            if (n > 0) {
                notFull.signalAll();
            }
            return n;
        } finally {
            lock.unlock();
        }
    }

    public int size() {
        lock.lock();
        try {
            return count;
        } finally {
            lock.unlock();
        }
    }
}
