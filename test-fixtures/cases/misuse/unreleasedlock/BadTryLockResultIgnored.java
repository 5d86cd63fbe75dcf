package misuse.unreleasedlock;

import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.Lock;
import java.util.concurrent.locks.ReentrantLock;

/**
 * The flusher calls tryLock() and goes on whatever it answers: when another thread holds the lock, the
 * count is changed without it, and the unlock() in finally throws IllegalMonitorStateException (CERT
 * LCK06-J's look-alike, SpotBugs RV_RETURN_VALUE_IGNORED on Lock.tryLock).
 */
public class BadTryLockResultIgnored {
    private final Lock lock = new ReentrantLock();
    private int flushed;

    public void flush() {
        lock.tryLock(); // expect: UnreleasedLock['the result of `lock.tryLock()` is ignored'], UnreleasedLock['releasing it after that throws IllegalMonitorStateException']
        try {
            flushed++;
        } finally {
            lock.unlock();
        }
    }

    public void flushWithin(long millis) throws InterruptedException {
        lock.tryLock(millis, TimeUnit.MILLISECONDS); // expect: UnreleasedLock['the result of `lock.tryLock()` is ignored']
        try {
            flushed++;
        } finally {
            lock.unlock();
        }
    }

    public int flushed() {
        lock.lock();
        try {
            return flushed;
        } finally {
            lock.unlock();
        }
    }
}
