// EXPECT: race-write @ line 21
package recall;

import java.util.concurrent.locks.ReentrantLock;

public class LockMonitorMix {
    private final ReentrantLock lock = new ReentrantLock();
    private long total;

    public void add(long delta) {
        lock.lock();
        try {
            total += delta;
        } finally {
            lock.unlock();
        }
    }

    public void reset() {
        synchronized (lock) {
            total = 0;
        }
    }

    public long get() {
        lock.lock();
        try {
            return total;
        } finally {
            lock.unlock();
        }
    }
}
