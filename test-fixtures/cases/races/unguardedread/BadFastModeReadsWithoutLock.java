package races.unguardedread;

import java.util.concurrent.locks.ReentrantLock;

/**
 * The same chunk, but the mode that skips the lock is a "fast" flag whose constructor still makes the
 * lock: a fast chunk is shared and allocated from under the lock like any other, and its unlocked read
 * races with those allocations.
 */
public class BadFastModeReadsWithoutLock {
    private final boolean fast;
    private final ReentrantLock runsAvailLock;
    private int freeBytes;

    public BadFastModeReadsWithoutLock(int chunkSize) {
        fast = false;
        runsAvailLock = new ReentrantLock();
        freeBytes = chunkSize;
    }

    public BadFastModeReadsWithoutLock() {
        fast = true;
        runsAvailLock = new ReentrantLock();
        freeBytes = 0;
    }

    public void allocate(int size) {
        runsAvailLock.lock();
        try {
            freeBytes -= size;
        } finally {
            runsAvailLock.unlock();
        }
    }

    public int freeBytes() {
        if (fast) {
            return freeBytes; // expect: UnguardedRead['`freeBytes` is read without `runsAvailLock`']
        }
        runsAvailLock.lock();
        try {
            return freeBytes;
        } finally {
            runsAvailLock.unlock();
        }
    }
}
