package atomicity.unsafeiteration;

import java.util.ArrayDeque;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Queue;
import java.util.Set;

/**
 * Items are created and counted under the set's own monitor, but {@code close} iterates and clears the
 * set holding only {@code this}: an {@code acquire} on another thread can add to it during the
 * iteration (hadoop BoundedResourcePool.close, misuse review #9: the finding there was
 * SyncOnNonFinalField; this race is not reported).
 */
public class BadCloseIteratesUnderWrongLock {
    private final Set<StringBuilder> createdItems = Collections.newSetFromMap(new IdentityHashMap<>());
    private final Queue<StringBuilder> items = new ArrayDeque<>();
    private final int size;

    public BadCloseIteratesUnderWrongLock(int size) {
        this.size = size;
    }

    public StringBuilder acquire() {
        synchronized (createdItems) {
            if (createdItems.size() < size) {
                StringBuilder item = new StringBuilder();
                createdItems.add(item);
                return item;
            }
        }
        synchronized (this) {
            return items.poll();
        }
    }

    public synchronized void release(StringBuilder item) {
        items.add(item);
    }

    public int numCreated() {
        synchronized (createdItems) {
            return createdItems.size();
        }
    }

    public synchronized void close() {
        for (StringBuilder item : createdItems) { // known-fn: UnsafeIteration #misuse review #9
            item.setLength(0);
        }
        items.clear();
        createdItems.clear();
    }
}
