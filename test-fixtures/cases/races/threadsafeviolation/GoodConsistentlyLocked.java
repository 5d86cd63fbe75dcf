package races.threadsafeviolation;

import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.locks.ReentrantLock;
import javax.annotation.concurrent.ThreadSafe;

/** A @ThreadSafe counter table without annotations on its fields, but every access to them holds the same ReentrantLock. */
@ThreadSafe
public class GoodConsistentlyLocked {
    private final ReentrantLock lock = new ReentrantLock();
    private final Map<String, Integer> counts = new HashMap<>();
    private int total;

    public void increment(String key) {
        lock.lock();
        try {
            counts.merge(key, 1, Integer::sum);
            total++;
        } finally {
            lock.unlock();
        }
    }

    public int total() {
        lock.lock();
        try {
            return total;
        } finally {
            lock.unlock();
        }
    }
}
