package races.unguardedread;

import java.util.concurrent.locks.ReentrantLock;

/**
 * A memory chunk that is either pooled, shared by the threads of an arena and locked, or unpooled, made
 * for one allocation and never locked: the unpooled constructor leaves the lock null, and the code reads
 * the free count without it only on unpooled chunks.
 */
public class GoodUnpooledModeReadsWithoutLock {
    private final boolean unpooled;
    private final ReentrantLock runsAvailLock;
    private int freeBytes;

    public GoodUnpooledModeReadsWithoutLock(int chunkSize) {
        unpooled = false;
        runsAvailLock = new ReentrantLock();
        freeBytes = chunkSize;
    }

    public GoodUnpooledModeReadsWithoutLock() {
        unpooled = true;
        runsAvailLock = null;
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
        if (unpooled) {
            return freeBytes;
        }
        runsAvailLock.lock();
        try {
            return freeBytes;
        } finally {
            runsAvailLock.unlock();
        }
    }
}
