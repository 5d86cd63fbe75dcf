package deadlock.aliencallunderlock;

import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Supplier;

/**
 * A private lock wrapper: {@code locked} runs the lambda it is given under the lock, and its only
 * callers are this class's own methods, each passing a lambda that only updates the statistics. No
 * unknown code runs under the lock (the pattern of deadlock review B9: a callback whose every source is
 * known).
 */
public class GoodPrivateLockWrapper {
    private final ReentrantLock lock = new ReentrantLock();
    private long total;
    private int count;

    private <T> T locked(Supplier<T> action) {
        lock.lock();
        try {
            return action.get();
        } finally {
            lock.unlock();
        }
    }

    public void record(long value) {
        locked(() -> {
            total += value;
            count++;
            return null;
        });
    }

    public double mean() {
        return locked(() -> count == 0 ? 0.0 : (double) total / count);
    }

    public void reset() {
        lock.lock();
        try {
            total = 0;
            count = 0;
        } finally {
            lock.unlock();
        }
    }
}
