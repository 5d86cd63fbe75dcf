package misuse.unreleasedlock;

import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.Lock;
import java.util.concurrent.locks.ReentrantLock;

/** Flusher that only works when tryLock() succeeds and then unlocks in finally: a failed tryLock holds nothing. */
public class GoodTryLock {
    private final Lock lock = new ReentrantLock();
    private int flushed;

    public boolean flushIfIdle() {
        if (lock.tryLock()) {
            try {
                flushed++;
                return true;
            } finally {
                lock.unlock();
            }
        }
        return false;
    }

    public boolean flushWithin(long millis) throws InterruptedException {
        if (lock.tryLock(millis, TimeUnit.MILLISECONDS)) {
            try {
                flushed++;
                return true;
            } finally {
                lock.unlock();
            }
        }
        return false;
    }

    /** The answer kept in a local and tested before the work: nothing runs without the lock. */
    public boolean flushUnlessBusy() {
        boolean acquired = lock.tryLock();
        if (!acquired) {
            return false;
        }
        try {
            flushed++;
            return true;
        } finally {
            lock.unlock();
        }
    }

    /** A wrapper's try: it only tries and hands the answer on through isHeldByCurrentThread() (jetty AutoLock.tryLock). */
    public GoodTryLock tryHold() {
        lock.tryLock();
        return this;
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
