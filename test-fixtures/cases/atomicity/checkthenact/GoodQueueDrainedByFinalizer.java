package atomicity.checkthenact;

import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;

/**
 * Chunks go back to a shared queue unless the allocator was freed; only the finalizer frees it, and the
 * JVM runs the finalizer once no thread can reach the allocator, so no offer can come after its drain.
 */
public class GoodQueueDrainedByFinalizer {
    private final Queue<byte[]> centralQueue = new ConcurrentLinkedQueue<>();
    private volatile boolean freed;

    public boolean offerToQueue(byte[] chunk) {
        if (freed) {
            return false;
        }
        return centralQueue.offer(chunk);
    }

    public byte[] poll() {
        return centralQueue.poll();
    }

    @Override
    @SuppressWarnings({"deprecation", "removal"})
    protected void finalize() throws Throwable {
        try {
            super.finalize();
        } finally {
            free();
        }
    }

    private void free() {
        freed = true;
        while (centralQueue.poll() != null) {
            // dropped
        }
    }
}
