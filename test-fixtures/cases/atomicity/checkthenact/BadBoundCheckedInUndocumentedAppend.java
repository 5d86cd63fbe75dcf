package atomicity.checkthenact;

import java.util.concurrent.atomic.AtomicInteger;

/**
 * The same segment without the note that appends are the callers' to serialize: two appends can both
 * pass the room test before either adds, and the size passes the bound.
 */
public class BadBoundCheckedInUndocumentedAppend {
    private final AtomicInteger size = new AtomicInteger();

    /**
     * Appends a batch of the given size.
     */
    public int append(int bytes) {
        if (bytes > Integer.MAX_VALUE - size.get()) {
            throw new IllegalArgumentException("segment full");
        }
        size.getAndAdd(bytes); // expect: CheckThenAct['the bound tested on `get()`']
        return bytes;
    }

    public int sizeInBytes() {
        return size.get();
    }
}
