package races.spinonfield;

/**
 * The clearing loop compares the two cursors of a ring and advances one of them itself: it ends when it
 * has caught up with the other, whatever another thread does, so it waits for nothing (netty
 * HpackDynamicTable.clear, used by one thread).
 */
public class GoodRingClearAdvancesItsCursor {
    private final Object[] entries = new Object[16];
    private int head;
    private int tail;

    public void add(Object entry) {
        entries[head++] = entry;
        if (head == entries.length) {
            head = 0;
        }
    }

    public void clear() {
        while (tail != head) {
            entries[tail++] = null;
            if (tail == entries.length) {
                tail = 0;
            }
        }
        head = 0;
        tail = 0;
    }
}
