package sendsync.readlockwrite;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.concurrent.locks.ReadWriteLock;
import java.util.concurrent.locks.ReentrantReadWriteLock;

/** The "peek" path drops expired entries from an ArrayDeque while holding only the read lock. */
public class BadRemoveExpiredUnderReadLock {
    private final ReadWriteLock rw = new ReentrantReadWriteLock();
    private final Deque<Long> deadlines = new ArrayDeque<>();

    public Long nextDeadline(long now) {
        rw.readLock().lock();
        try {
            while (!deadlines.isEmpty() && deadlines.peekFirst() < now) {
                deadlines.pollFirst(); // expect: ReadLockWrite
            }
            return deadlines.peekFirst();
        } finally {
            rw.readLock().unlock();
        }
    }

    public void schedule(long deadline) {
        rw.writeLock().lock();
        try {
            deadlines.addLast(deadline);
        } finally {
            rw.writeLock().unlock();
        }
    }
}
