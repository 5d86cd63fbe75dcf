package misuse.unreleasedlock;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.concurrent.locks.ReentrantLock;

/** Outbox whose closed check returns before the try: offer() after close() leaves the lock held forever. */
public class BadEarlyReturnHoldsLock {
    private final ReentrantLock lock = new ReentrantLock();
    private final Deque<String> pending = new ArrayDeque<>();
    private boolean closed;

    public boolean offer(String message) {
        lock.lock(); // expect: UnreleasedLock
        if (closed) {
            return false;
        }
        try {
            pending.addLast(message);
            return true;
        } finally {
            lock.unlock();
        }
    }

    public void close() {
        lock.lock();
        try {
            closed = true;
            pending.clear();
        } finally {
            lock.unlock();
        }
    }
}
