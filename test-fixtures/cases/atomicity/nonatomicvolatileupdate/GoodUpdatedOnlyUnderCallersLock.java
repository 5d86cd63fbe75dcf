package atomicity.nonatomicvolatileupdate;

/**
 * A per-thread writer's byte count is updated only by the flush control, inside its synchronized
 * {@code afterDocument}: every update holds the same monitor, and the field is volatile only so that
 * readers can skip the lock. The lock is held by the caller, in another class (lucene
 * DocumentsWriterPerThread.commitLastBytesUsed, called from DocumentsWriterFlushControl, races review
 * #17; the real method also asserts its own lock, which fearless honours). The monitor is one the
 * update's method cannot name, yet every call holds it, so no two updates overlap.
 */
public class GoodUpdatedOnlyUnderCallersLock {

    /** One indexing thread's state. */
    public static final class PerThread {
        private volatile long lastCommittedBytes;
        private long bytesUsed;

        long commitLastBytesUsed() {
            long delta = bytesUsed - lastCommittedBytes;
            lastCommittedBytes += delta;
            return delta;
        }

        public long lastCommittedBytes() {
            return lastCommittedBytes;
        }

        void addBytes(long n) {
            bytesUsed += n;
        }
    }

    /** Accounts the bytes of all threads; one per index writer. */
    public static final class FlushControl {
        private long activeBytes;

        public synchronized void afterDocument(PerThread perThread, long bytes) {
            perThread.addBytes(bytes);
            activeBytes += perThread.commitLastBytesUsed();
        }

        public synchronized long activeBytes() {
            return activeBytes;
        }
    }
}
