package races.unguardedwrite;

import java.util.concurrent.locks.StampedLock;

/**
 * A buffer magazine that is locked only when it is shared between threads: a magazine made for one
 * thread has no lock and allocates directly; a shared one allocates only when it gets the write half
 * (a try gives a stamp of 0 when another thread holds it).
 */
public class GoodStampedTryWriteLockOrUnshared {
    private final StampedLock allocationLock;
    private byte[] current;

    public GoodStampedTryWriteLockOrUnshared(boolean shared) {
        allocationLock = shared ? new StampedLock() : null;
    }

    public boolean tryAllocate(int size) {
        if (allocationLock == null) {
            return allocate(size);
        }
        long writeLock = allocationLock.tryWriteLock();
        if (writeLock != 0) {
            try {
                return allocate(size);
            } finally {
                allocationLock.unlockWrite(writeLock);
            }
        }
        return false;
    }

    private boolean allocate(int size) {
        byte[] curr = current;
        if (curr != null && curr.length >= size) {
            current = null;
            return true;
        }
        current = new byte[size * 2];
        return false;
    }

    public void free() {
        if (allocationLock == null) {
            current = null;
            return;
        }
        long stamp = allocationLock.writeLock();
        try {
            current = null;
        } finally {
            allocationLock.unlockWrite(stamp);
        }
    }
}
