package atomicity.nonatomicvolatileupdate;

/**
 * The same per-thread byte count, but a second caller, a flush that runs without the control's monitor,
 * updates it too: two updates can overlap and one is lost.
 */
public class BadUpdatedUnderOnlySomeCallersLock {

    /** One indexing thread's state. */
    public static final class PerThread {
        private volatile long lastCommittedBytes;
        private long bytesUsed;

        long commitLastBytesUsed() {
            long delta = bytesUsed - lastCommittedBytes;
            lastCommittedBytes += delta; // expect: NonAtomicVolatileUpdate['`lastCommittedBytes` is volatile, but this update reads it and then writes it in two steps']
            return delta;
        }

        public long lastCommittedBytes() {
            return lastCommittedBytes;
        }
    }

    /** Accounts the bytes of all threads; one per index writer. */
    public static final class FlushControl {
        private long activeBytes;

        public synchronized void afterDocument(PerThread perThread) {
            activeBytes += perThread.commitLastBytesUsed();
        }

        public long flushUnlocked(PerThread perThread) {
            return perThread.commitLastBytesUsed();
        }
    }
}
