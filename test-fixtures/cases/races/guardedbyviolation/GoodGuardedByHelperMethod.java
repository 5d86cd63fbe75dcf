package races.guardedbyviolation;

import java.util.ArrayDeque;
import java.util.Deque;
import net.jcip.annotations.GuardedBy;

/** A private helper annotated @GuardedBy("lock") touches guarded state: its callers hold the lock, as the annotation states. */
public class GoodGuardedByHelperMethod {
    private final Object lock = new Object();

    @GuardedBy("lock")
    private final Deque<String> queue = new ArrayDeque<>();

    @GuardedBy("lock")
    private int dropped;

    public void offer(String item, int capacity) {
        synchronized (lock) {
            if (queue.size() >= capacity) {
                evictOldest();
            }
            queue.addLast(item);
        }
    }

    public int dropped() {
        synchronized (lock) {
            return dropped;
        }
    }

    @GuardedBy("lock")
    private void evictOldest() {
        queue.removeFirst();
        dropped++;
    }
}
