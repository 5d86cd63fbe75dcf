package atomicity.checkthenact;

import java.util.concurrent.atomic.AtomicInteger;

/**
 * A log segment whose size is an atomic so that readers can see it, while appends are documented to be
 * the callers' to serialize: the bound test and the step run under the lock every caller holds.
 */
public class GoodBoundCheckedInMethodDocumentedForOneThread {
    private final AtomicInteger size = new AtomicInteger();

    /**
     * Appends a batch of the given size. This method is not thread-safe and must be protected with a lock.
     */
    public int append(int bytes) {
        if (bytes > Integer.MAX_VALUE - size.get()) {
            throw new IllegalArgumentException("segment full");
        }
        size.getAndAdd(bytes);
        return bytes;
    }

    public int sizeInBytes() {
        return size.get();
    }
}
