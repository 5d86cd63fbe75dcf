package races.unguardedwrite;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.locks.StampedLock;

/**
 * An event buffer kept under the write half of a StampedLock, read under its read half, but cleared
 * without the lock: the clear races with an append in progress.
 */
public class BadWriteOutsideStampedWriteLock {
    private final StampedLock lock = new StampedLock();
    private final List<String> events = new ArrayList<>();

    public void append(String event) {
        long stamp = lock.writeLock();
        try {
            events.add(event);
        } finally {
            lock.unlockWrite(stamp);
        }
    }

    public void appendAll(List<String> more) {
        long stamp = lock.writeLock();
        try {
            events.addAll(more);
        } finally {
            lock.unlockWrite(stamp);
        }
    }

    public int size() {
        long stamp = lock.readLock();
        try {
            return events.size();
        } finally {
            lock.unlockRead(stamp);
        }
    }

    public void clear() {
        events.clear(); // expect: UnguardedWrite['`events.clear()` changes `events` without `lock.writeLock()`']
    }
}
